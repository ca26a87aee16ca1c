// Writes a file so that readers (and a crash or Ctrl-C) see either the old content or the complete new content, never
// half of it: write a temporary sibling, flush it to disk, then rename it over the target. The file the user has stays
// theirs: a symlink is written through to the file it points at (the rename happens beside that file, as rename is
// only atomic within a file system), the mode and owner are kept, and a read-only file is refused, not replaced.
import { randomBytes } from 'node:crypto';
import { accessSync, closeSync, constants, fchownSync, fsyncSync, ftruncateSync, lstatSync, openSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { asWriteError, WriteError } from './write-error.js';

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const target = resolveLinks(resolve(path));
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const existing = statIfPresent(target);
  if (existing && !existing.isFile()) throw new WriteError(path, existing.isDirectory() ? 'EISDIR' : 'ENOTREGULAR');
  if (existing && isReadOnly(target, existing)) throw new WriteError(path, 'READONLY');
  try {
    if (existing && !replaceable(existing)) writeInPlace(target, bytes);
    else writeAndRename(target, bytes, existing);
  } catch (err) {
    throw asWriteError(err, path);
  }
}

function writeAndRename(target: string, bytes: Uint8Array, existing: Stats | undefined): void {
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', existing ? existing.mode & 0o7777 : 0o666);
  try {
    try {
      if (existing && (existing.uid !== process.getuid?.() || existing.gid !== process.getgid?.())) fchownSync(fd, existing.uid, existing.gid);
      writeAll(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
  syncDirectory(dir);
}

/**
 * A file another user owns (which we may write but not give away) or one with other hard links: a rename would make
 * it ours, or split the links. Such a file is written in place, which keeps it what it is, at the cost of atomicity.
 */
function replaceable(existing: Stats): boolean {
  const uid = process.getuid?.();
  return existing.nlink <= 1 && (uid === undefined || uid === 0 || (existing.uid === uid && (existing.gid === process.getgid?.() || process.getgroups?.().includes(existing.gid) === true)));
}

function writeInPlace(target: string, bytes: Uint8Array): void {
  const fd = openSync(target, 'r+');
  try {
    writeAll(fd, bytes);
    fsyncSync(fd);
    // Cut what is left of a longer old content only once the new content is written.
    ftruncateSync(fd, bytes.length);
  } finally {
    closeSync(fd);
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written, written);
}

/** The file a path ends at, through any symlinks (a dangling one gives the path it points to, which is then created). */
export function resolveLinks(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    let at = path;
    for (let hops = 0; hops < 40; hops++) {
      try {
        if (!lstatSync(at).isSymbolicLink()) return at;
        at = resolve(dirname(at), readlinkSync(at));
      } catch {
        return at;
      }
    }
    return at;
  }
}

function statIfPresent(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Whether the file at `path` (through symlinks) exists and must not be changed. */
export function isReadOnlyFile(path: string): boolean {
  const stats = statIfPresent(path);
  return stats !== undefined && stats.isFile() && isReadOnly(path, stats);
}

/** Read-only to us, or marked read-only by its owner (root can write anything, but a 0444 file says "leave me"). */
function isReadOnly(path: string, stats: Stats): boolean {
  if ((stats.mode & 0o222) === 0) return true;
  try {
    accessSync(path, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

/** Makes the rename itself durable. Not every platform can open a directory (Windows cannot): best effort. */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // The data is already on disk; only the directory entry's durability is at stake.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
