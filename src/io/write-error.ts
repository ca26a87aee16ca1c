// The file system refused what we asked of it (a full disk, a read-only folder, --out naming a file): the user's to
// fix, so the CLI says it in one plain line and exits 2, never as an internal error.

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  EEXIST: 'something else is already there',
  ENOTEMPTY: 'a folder that is not empty is in the way',
  ENAMETOOLONG: 'the name is too long',
  ENOENT: 'no such file or folder',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EIO: 'input/output error (a failing disk or a lost network drive?)',
  EBUSY: 'the file or folder is in use',
  EINVAL: 'this place does not hold ordinary files',
  EXDEV: 'it is on another file system',
  EFBIG: 'the file is too large for this file system',
  ETXTBSY: 'the file is in use',
  // Our own refusals, not the system's.
  READONLY: 'the file is read-only; make it writable first (chmod u+w) if it should change',
  ENOTREGULAR: 'it is not a regular file',
};

export class WriteError extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
  ) {
    super(`cannot write to ${path}: ${REASONS[code] ?? code}`);
    this.name = 'WriteError';
  }
}

/** A Node system error (with an errno code) as a WriteError about `path`; anything else (a bug) is returned as it is. */
export function asWriteError(err: unknown, path: string): unknown {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) && !(err instanceof WriteError) ? new WriteError(path, code) : err;
}

/** The plain message of a file-system error that reached the top without a WriteError around it, else undefined. */
export function environmentMessage(err: unknown): string | undefined {
  if (err instanceof WriteError) return err.message;
  const e = err as NodeJS.ErrnoException | undefined;
  if (typeof e?.code !== 'string' || typeof e.syscall !== 'string' || !(e.code in REASONS)) return undefined;
  const what = e.syscall === 'open' || e.syscall === 'read' || e.syscall === 'scandir' || e.syscall === 'stat' ? 'use' : 'write to';
  return `cannot ${what} ${e.path ?? 'a file'}: ${REASONS[e.code]}`;
}
