// Writes many documents on every core. Worker threads do all the writing, each loading one writer library
// (docx or pdfkit) as it starts, so that loading overlaps with this thread's work; this thread only renders
// document models, which is cheap, and hands them out. Workers run with a larger young generation than V8's
// default: the writers make many short-lived objects, and measured on the 2-core machine that alone makes a
// DOCX about 15% cheaper (a main thread cannot get it without a command-line flag). The output never depends on
// which thread wrote a file.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DocumentModel } from '../document/model.js';
import { writeDocx, writePdf } from './index.js';
import type { WriteJob, WriteReply } from './pool-worker.js';

export type Format = 'docx' | 'pdf';

/** A document to write: its file name without extension, and how to make its model when a writer is free. */
export interface PendingDocument {
  base: string;
  render(): DocumentModel;
}

const workerFile = new URL('./pool-worker.js', import.meta.url);
/** Compiled code can start workers; under a TypeScript test runner the worker file does not exist as .js. */
export const workersAvailable = import.meta.url.endsWith('.js') && process.env.SESCDP_THREADS !== '1';
const YOUNG_GENERATION_MB = 64;
/**
 * A worker's live heap stays near 40 MB, but left to itself V8 lets garbage build up and a 500-participant run
 * peaked at 0.55–1.0 GB. A cap keeps the peak near 0.57 GB, at the price of more collections (about 10% slower).
 */
const OLD_GENERATION_MB = 640;
/** Files a worker holds: the one it writes and the next, so it never waits for this thread. */
const IN_FLIGHT = 2;

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
  private readonly workers: PoolWorker[];

  constructor(readonly options: PoolOptions) {
    const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), availableParallelism()));
    this.workers = workersAvailable ? workerFormats(options.formats, threads).map((format) => new PoolWorker(format)) : [];
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
        for (const format of formats) finish(`${doc.base}.${format}`, await (format === 'docx' ? writeDocx(model) : writePdf(model)));
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
async function freeWorker(workers: PoolWorker[], format: Format): Promise<PoolWorker> {
  for (;;) {
    const candidates = workers.filter((w) => w.format === format).sort((a, b) => a.busy - b.busy);
    if (candidates[0]!.busy < IN_FLIGHT) return candidates[0]!;
    await Promise.race(candidates.map((w) => w.idle()));
  }
}

class PoolWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (b: Uint8Array) => void; reject: (e: Error) => void }>();
  private next = 0;
  private failure?: Error;
  private freed: (() => void)[] = [];

  constructor(readonly format: Format) {
    this.worker = new Worker(workerFile, { workerData: { format }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: OLD_GENERATION_MB } });
    this.worker.on('message', (reply: WriteReply) => {
      const job = this.pending.get(reply.id)!;
      this.pending.delete(reply.id);
      if ('error' in reply) job.reject(Object.assign(new Error(reply.error.message), { stack: reply.error.stack }));
      else job.resolve(reply.bytes);
      this.freed.splice(0).forEach((f) => f());
    });
    const fail = (err: Error) => {
      this.failure = err;
      this.pending.forEach((p) => p.reject(err));
      this.pending.clear();
      this.freed.splice(0).forEach((f) => f());
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`a ${this.format} writer thread stopped unexpectedly (exit code ${code})`)));
  }

  get busy(): number {
    return this.pending.size;
  }

  /** Resolves when this worker finishes a file (or fails). */
  idle(): Promise<void> {
    return new Promise((resolve) => this.freed.push(resolve));
  }

  write(model: DocumentModel): Promise<Uint8Array> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, model } satisfies WriteJob);
    });
  }

  async close(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}
