// The writer threads of pool.ts, on the command line: Node worker threads (pool-worker.ts), each loading one writer
// library. The page's twin (writer-threads.web.ts) starts Web Workers instead. Workers run with a larger young
// generation than V8's default: the writers make many short-lived objects, and measured on the 2-core machine that
// alone makes a DOCX about 15% cheaper (a main thread cannot get it without a command-line flag).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DocumentModel } from '../document/model.js';
import type { WriteJob, WriteReply } from './pool-worker.js';
import { MessageWriter, type Format, type WriterThread } from './writer-thread.js';

export type { Format, WriterThread };

const workerFile = new URL('./pool-worker.js', import.meta.url);
/** Compiled code can start workers; under a TypeScript test runner the worker file does not exist as .js. */
export const threadsAvailable = import.meta.url.endsWith('.js') && process.env.SESCDP_THREADS !== '1';
const YOUNG_GENERATION_MB = 64;
/**
 * A worker's live heap stays near 40 MB, but left to itself V8 lets garbage build up and a 500-participant run
 * peaked at 0.55–1.0 GB. A cap keeps the peak near 0.57 GB, at the price of more collections (about 10% slower).
 */
const OLD_GENERATION_MB = 640;

export function coreCount(): number {
  return availableParallelism();
}

export function startWriterThread(format: Format): WriterThread {
  return new PoolWorker(format);
}

/** Writes in this thread, when one thread is all there is. */
export async function writeHere(format: Format, model: DocumentModel): Promise<Uint8Array> {
  const { writeDocx, writePdf } = await import('./index.js');
  return format === 'docx' ? writeDocx(model) : writePdf(model);
}

class PoolWorker extends MessageWriter {
  private readonly worker: Worker;

  constructor(format: Format) {
    super(format);
    this.worker = new Worker(workerFile, { workerData: { format }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: OLD_GENERATION_MB } });
    this.worker.on('message', (reply: WriteReply) => this.received(reply));
    this.worker.on('error', (err: Error) => this.failed(err));
    this.worker.on('exit', (code) => this.failed(new Error(`a ${this.format} writer thread stopped unexpectedly (exit code ${code})`)));
  }

  protected post(job: WriteJob): void {
    this.worker.postMessage(job);
  }

  async close(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}
