// Writes many documents on every core. Writer threads (writer-threads.ts: Node worker threads, or Web Workers in the
// page) do all the writing, each loading one writer library (docx or pdfkit) as it starts, so that loading overlaps
// with this thread's work; this thread only renders document models, which is cheap, and hands them out. The output
// never depends on which thread wrote a file.
import type { DocumentModel } from '../document/model.js';
import { coreCount, startWriterThread, threadsAvailable, writeHere, type Format, type WriterThread } from './writer-threads.js';

export type { Format };

/** A document to write: its file name without extension, and how to make its model when a writer is free. */
export interface PendingDocument {
  base: string;
  render(): DocumentModel;
}

export const workersAvailable = threadsAvailable;
/** Files a worker holds: the one it writes and the next, so it never waits for this thread. */
const IN_FLIGHT = 2;

/**
 * Jobs of at most this many files are written in this thread: a writer thread costs about 0.2 s of CPU to start and
 * load its library, more than it saves on a handful of files. Measured on the shared 2-core machine, a re-approval
 * package (8 files) in one thread: 16% less CPU and 19% less wall time than with a thread per format.
 */
export const SMALL_JOB_FILES = 16;

/** The threads for a job of `files` files: one for a small job, else `threads` (default: every core). */
export function threadsFor(files: number, threads?: number): number | undefined {
  return files <= SMALL_JOB_FILES ? 1 : threads;
}

/** Which writer each worker loads: one per format, then more of them in turn while threads remain. */
export function workerFormats(formats: readonly Format[], threads: number): Format[] {
  if (threads < 2) return [];
  return Array.from({ length: Math.max(threads, formats.length) }, (_, i) => formats[i % formats.length]!);
}

export interface PoolOptions {
  formats: readonly Format[];
  /** Most threads to use (default: the cores available). 1 writes everything in this thread. */
  threads?: number;
}

/**
 * The writer threads, started as early as the caller can (before reading and checking its input) so that
 * loading the writer libraries overlaps with that work. Close it when done, whatever happened.
 */
export class WriterPool {
  private readonly workers: WriterThread[];

  constructor(readonly options: PoolOptions) {
    const threads = Math.max(1, Math.min(options.threads ?? coreCount(), coreCount()));
    this.workers = threadsAvailable ? workerFormats(options.formats, threads).map(startWriterThread) : [];
  }

  /** File name → bytes for every document in every format, in the documents' order. */
  async write(documents: readonly PendingDocument[], onProgress?: (done: number, total: number) => void): Promise<Map<string, Uint8Array>> {
    const names = documents.flatMap((d) => this.options.formats.map((f) => `${d.base}.${f}`));
    const bytes = new Map<string, Uint8Array>();
    await this.each(documents, (name, written) => bytes.set(name, written), onProgress);
    return new Map(names.map((name) => [name, bytes.get(name)!]));
  }

  /** Hands each file to `sink` as soon as it is written, in whatever order the threads finish, keeping none. */
  async each(documents: readonly PendingDocument[], sink: (name: string, bytes: Uint8Array) => void, onProgress?: (done: number, total: number) => void): Promise<void> {
    const { formats } = this.options;
    const total = documents.length * formats.length;
    let done = 0;
    const finish = (name: string, written: Uint8Array) => {
      sink(name, written);
      onProgress?.(++done, total);
    };
    if (this.workers.length === 0) {
      for (const doc of documents) {
        const model = doc.render();
        for (const format of formats) finish(`${doc.base}.${format}`, await writeHere(format, model));
      }
      return;
    }
    const writes: Promise<void>[] = [];
    let failed = false;
    for (const doc of documents) {
      if (failed) break;
      const lanes = await Promise.all(formats.map((f) => freeWorker(this.workers, f)));
      const model = doc.render();
      formats.forEach((format, k) => {
        const write = lanes[k]!.write(model).then((b) => finish(`${doc.base}.${format}`, b));
        write.catch(() => (failed = true)); // reported by Promise.all below; stop handing out work meanwhile
        writes.push(write);
      });
    }
    await Promise.all(writes);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }
}

/** Starts a pool, writes, and closes it. */
export async function writeDocuments(
  documents: readonly PendingDocument[],
  options: PoolOptions & { onProgress?: (done: number, total: number) => void },
): Promise<Map<string, Uint8Array>> {
  const pool = new WriterPool(documents.length * options.formats.length < 2 ? { ...options, threads: 1 } : options);
  try {
    return await pool.write(documents, options.onProgress);
  } finally {
    await pool.close();
  }
}

/** The least busy worker of a format, once it has room for another file. */
async function freeWorker(workers: WriterThread[], format: Format): Promise<WriterThread> {
  for (;;) {
    const candidates = workers.filter((w) => w.format === format).sort((a, b) => a.busy - b.busy);
    if (candidates[0]!.busy < IN_FLIGHT) return candidates[0]!;
    await Promise.race(candidates.map((w) => w.idle()));
  }
}
