// Output entries that appear together or not at all: a package's folder and its zip, or a cohort's folder.
// Everything is written into one hidden staging folder beside the targets (`.sescdp-staging-<pid>-<random>/new/`),
// then the old entries are moved aside into the same staging folder (`old/`) and the new ones renamed into place.
// Renames within one folder are atomic, but two of them are not one step: a run killed between them leaves its
// staging folder, and the next run in that folder puts the old entries back (recoverStaging). A failure in this run
// puts them back at once. Ctrl-C and kill (SIGINT, SIGTERM, SIGHUP) remove what this run staged before exiting.
import { randomBytes } from 'node:crypto';
import { accessSync, closeSync, constants, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { asWriteError, WriteError } from './write-error.js';

const PREFIX = '.sescdp-staging-';
const ENTRIES = 'entries.json';
const COMMITTED = 'committed';

export class StagedOutput {
  private readonly staging: string;
  private state: 'open' | 'done' = 'open';

  private constructor(
    private readonly parent: string,
    private readonly entries: readonly string[],
  ) {
    this.staging = join(parent, `${PREFIX}${process.pid}-${randomBytes(4).toString('hex')}`);
    try {
      makeOutputFolder(parent);
      removeStaleStaging(parent);
      mkdirSync(join(this.staging, 'new'), { recursive: true });
      writeFileSync(join(this.staging, ENTRIES), JSON.stringify(entries));
    } catch (err) {
      try {
        rmSync(this.staging, { recursive: true, force: true });
      } catch {
        // Nothing was made.
      }
      throw asWriteError(err, parent);
    }
    active.add(this);
    watchSignals();
  }

  /** Stages the named entries (file or folder names) of `parent`. */
  static begin(parent: string, entries: readonly string[]): StagedOutput {
    if (entries.some((e) => e !== basename(e) || e.startsWith(PREFIX))) throw new Error(`not a plain entry name: ${entries.join(', ')}`);
    return new StagedOutput(resolve(parent), entries);
  }

  /** Writes a file of the staged output; `path` starts with one of the entries ("pkg/policy.pdf", "pkg.zip"). */
  write(path: string, data: Uint8Array, options: { durable?: boolean } = {}): void {
    const file = join(this.staging, 'new', path);
    if (!this.entries.includes(path.split('/')[0]!) || !file.startsWith(join(this.staging, 'new') + '/')) throw new Error(`not inside a staged entry: ${path}`);
    try {
      mkdirSync(dirname(file), { recursive: true });
      if (options.durable) writeDurably(file, data);
      else writeFileSync(file, data);
    } catch (err) {
      throw asWriteError(err, this.parent);
    }
  }

  /** Where a staged file is until the commit, to read it back. */
  pathOf(path: string): string {
    return join(this.staging, 'new', path);
  }

  /** Makes an (empty) staged folder, for an entry that has no files. */
  folder(entry: string): void {
    mkdirSync(join(this.staging, 'new', entry), { recursive: true });
  }

  /** Puts every entry in place of the old ones; on failure the old ones are back and the error is thrown. */
  commit(): void {
    if (this.state !== 'open') throw new Error('staged output already committed or aborted');
    for (const e of this.entries) if (!existsSync(join(this.staging, 'new', e))) throw new Error(`staged entry was never written: ${e}`);
    try {
      mkdirSync(join(this.staging, 'old'));
      for (const e of this.entries) moveIfPresent(join(this.parent, e), join(this.staging, 'old', e));
      for (const e of this.entries) renameSync(join(this.staging, 'new', e), join(this.parent, e));
      writeFileSync(join(this.staging, COMMITTED), '');
    } catch (err) {
      try {
        this.abort();
      } catch {
        // The old entries stay in the staging folder, where the next run puts them back.
      }
      throw asWriteError(err, this.parent);
    }
    this.finish();
    rmSync(this.staging, { recursive: true, force: true });
  }

  /** Removes what was staged and puts back any old entry already moved aside. */
  abort(): void {
    if (this.state !== 'open') return;
    this.finish();
    recoverStaging(this.parent, this.staging);
  }

  private finish(): void {
    this.state = 'done';
    active.delete(this);
    if (active.size === 0) unwatchSignals();
  }
}

/**
 * Checks, before any work, that the output folder can be made and written: the nearest part of the path that exists
 * must be a real, writable folder (Node's recursive mkdir spins forever under /proc; a path through a file, or a
 * read-only folder, should say so at once, not after every document is rendered).
 */
export function checkOutputFolder(path: string): void {
  let existing = resolve(path);
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  const real = realpathSync(existing);
  if (/^\/(proc|sys|dev)(\/|$)/.test(real)) throw new WriteError(path, 'EINVAL');
  if (!statSync(real).isDirectory()) throw new WriteError(path, 'ENOTDIR');
  try {
    accessSync(real, constants.W_OK);
  } catch (err) {
    throw asWriteError(err, path);
  }
}

/** Creates the output folder and its parents, once checkOutputFolder allows it. */
export function makeOutputFolder(path: string): void {
  checkOutputFolder(path);
  mkdirSync(path, { recursive: true });
}

/**
 * Undoes an unfinished staging folder: if its commit had begun but not completed, the new entries already moved in go
 * back out and the old ones are restored, so the targets are all old or all new. Then the staging folder goes (not
 * when a step failed: it still holds the old entries, for the next run to put back).
 */
export function recoverStaging(parent: string, staging: string): void {
  if (!existsSync(join(staging, COMMITTED)) && existsSync(join(staging, 'old'))) {
    const entries = readEntries(staging);
    for (const e of entries) {
      // An entry missing from new/ was already moved in: take it back out (the old one, if any, is in old/).
      if (!existsSync(join(staging, 'new', e))) moveIfPresent(join(parent, e), join(staging, 'new', e));
    }
    for (const e of entries) moveIfPresent(join(staging, 'old', e), join(parent, e));
  }
  rmSync(staging, { recursive: true, force: true });
}

/**
 * Staging left by runs that are no longer running (killed, or a power cut): this tool's staging folders, the temporary
 * siblings of writeFileAtomic, and the `.name.tmp-PID-TIME` / `.name.old-PID-TIME` folders of earlier versions.
 */
export function removeStaleStaging(parent: string): void {
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(parent, name);
    const staged = /^\.sescdp-staging-(\d+)-[0-9a-f]+$/.exec(name);
    const temp = /^\..+\.(\d+)-[0-9a-f]{8}\.tmp$/.exec(name);
    const legacy = /^\.(.+)\.(tmp|old)-(\d+)-\d+$/.exec(name);
    const pid = Number(staged?.[1] ?? temp?.[1] ?? legacy?.[3] ?? NaN);
    if (Number.isNaN(pid) || pid === process.pid || isRunning(pid)) continue;
    try {
      if (staged) recoverStaging(parent, path);
      else if (legacy?.[2] === 'old' && !existsSync(join(parent, legacy[1]!))) renameSync(path, join(parent, legacy[1]!));
      else rmSync(path, { recursive: true, force: true });
    } catch {
      // Someone else's file we cannot remove: leave it; it does not affect this run.
    }
  }
}

function writeDurably(file: string, data: Uint8Array): void {
  const fd = openSync(file, 'wx');
  try {
    let written = 0;
    while (written < data.length) written += writeSync(fd, data, written, data.length - written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // alive, but another user's
  }
}

function readEntries(staging: string): string[] {
  try {
    const entries = JSON.parse(readFileSync(join(staging, ENTRIES), 'utf8')) as unknown;
    return Array.isArray(entries) ? entries.filter((e): e is string => typeof e === 'string' && e === basename(e) && e !== '..' && e !== '.') : [];
  } catch {
    return [];
  }
}

function moveIfPresent(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

// Signals: while anything is staged, an interrupt removes it before the process ends with the signal's usual code.
const active = new Set<StagedOutput>();
const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
let watching = false;

function onSignal(signal: NodeJS.Signals): void {
  for (const staged of [...active]) staged.abort();
  process.exit(SIGNALS[signal as keyof typeof SIGNALS] ?? 1);
}

function watchSignals(): void {
  if (watching) return;
  watching = true;
  for (const s of Object.keys(SIGNALS)) process.on(s, onSignal);
}

function unwatchSignals(): void {
  if (!watching) return;
  watching = false;
  for (const s of Object.keys(SIGNALS)) process.off(s, onSignal);
}
