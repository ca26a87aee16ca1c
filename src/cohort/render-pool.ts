// Writes a cohort's documents on several cores. Each file (a document in one format) is a job. This thread renders
// document models as the writers need them and writes DOCX files; worker threads (render-worker.ts) write the PDFs.
// Each thread thus loads and warms up one writer library, the workers' start-up overlaps with this thread's work,
// and a thread whose format runs out takes the other's files, so neither waits while work remains. Files are put
// back in the cohort's order: the bytes never depend on which thread wrote them.
import { Worker } from 'node:worker_threads';
import type { DocumentModel } from '../document/model.js';
import type { OutputFormat } from '../documents/render.js';
import { writeDocx, writePdf } from '../writers/index.js';
import type { CohortDocument } from './render-documents.js';
import type { WorkerReply, WriteJob } from './render-worker.js';

type Format = WriteJob['format'];

export interface PoolOptions {
  /** Worker threads to start beside this one (0: this thread writes everything). */
  workers: number;
  /** Called after each file, with the number written and the number in all. */
  onProgress?: (done: number, total: number) => void;
}

/** Compiled code can start a worker; under a TypeScript test runner the worker file does not exist as .js. */
const workerFile = new URL('./render-worker.js', import.meta.url);
export const workersAvailable = import.meta.url.endsWith('.js') && process.env.SESCDP_THREADS !== '1';

/**
 * A larger young generation than V8's default means fewer scavenges of the short-lived objects writing makes:
 * about 10% faster on the 2-core machine, for up to 64 MB more memory per worker.
 */
const YOUNG_GENERATION_MB = 64;
/** Files a worker holds: the one it is writing and the next, so it never waits for this thread to hand out more. */
const IN_FLIGHT = 2;

/**
 * Files of the other format a thread takes on only when at least this many wait, or once it has loaded that writer:
 * loading and warming a writer library costs some 0.4 s, the time of a dozen files, so a thread that has never
 * written a DOCX (or PDF) leaves a short tail of them to the thread that has.
 */
const STEAL_MIN = 24;

/** A thread's place in the queue: the format it writes first, and the writers it has loaded. */
interface Lane {
  prefer: Format;
  warm: Set<Format>;
}

/** The files still to write, by format; documents are rendered to models only when a format's files run out. */
class FileQueue {
  private nextDocument = 0;
  private readonly waiting: Record<Format, number[]> = { docx: [], pdf: [] };
  private readonly models = new Map<number, DocumentModel>();
  private done = 0;
  private failed = false;
  readonly formats: Format[];
  readonly names: string[] = [];
  readonly bytes: Uint8Array[] = [];

  constructor(
    private readonly documents: readonly CohortDocument[],
    format: OutputFormat,
    private readonly lanes: number,
    private readonly onProgress?: (done: number, total: number) => void,
  ) {
    this.formats = format === 'both' ? ['docx', 'pdf'] : [format];
    for (const doc of documents) for (const f of this.formats) this.names.push(`${doc.base}.${f}`);
  }

  lane(prefer: Format): Lane {
    return { prefer: this.formats.length === 1 ? this.formats[0]! : prefer, warm: new Set() };
  }

  /** The next file for this thread to write; none once all are handed out (or left to a warmer thread), or a thread failed. */
  take(lane: Lane): WriteJob | undefined {
    if (this.failed) return undefined;
    if (this.lanes === 1) return this.takeInOrder();
    const own = this.waiting[lane.prefer];
    if (!own.length && this.nextDocument < this.documents.length) this.renderNext();
    let format = lane.prefer;
    if (!own.length) {
      format = lane.prefer === 'pdf' ? 'docx' : 'pdf';
      const backlog = this.waiting[format].length;
      if (!backlog || !(lane.warm.has(format) || backlog >= STEAL_MIN)) return undefined;
    }
    lane.warm.add(format);
    return this.handOut(format);
  }

  /** One thread alone writes each document's files in turn, so no model outlives its files. */
  private takeInOrder(): WriteJob | undefined {
    if (!this.waiting.docx.length && !this.waiting.pdf.length && this.nextDocument < this.documents.length) this.renderNext();
    const heads = this.formats.filter((f) => this.waiting[f].length).sort((a, b) => this.waiting[a][0]! - this.waiting[b][0]!);
    return heads[0] ? this.handOut(heads[0]) : undefined;
  }

  private handOut(format: Format): WriteJob {
    const position = this.waiting[format].shift()!;
    const model = this.models.get(position)!;
    this.models.delete(position);
    return { position, model, format };
  }

  private renderNext(): void {
    const index = this.nextDocument++;
    const model = this.documents[index]!.render();
    this.formats.forEach((format, k) => {
      const position = index * this.formats.length + k;
      this.models.set(position, model);
      this.waiting[format].push(position);
    });
  }

  finish(position: number, bytes: Uint8Array): void {
    this.bytes[position] = bytes;
    this.onProgress?.(++this.done, this.names.length);
  }

  fail(): void {
    this.failed = true;
  }
}

/** The documents written in the format asked: file name → bytes, in the documents' order. */
export async function writeDocuments(documents: readonly CohortDocument[], format: OutputFormat, options: PoolOptions): Promise<Map<string, Uint8Array>> {
  const workers = workersAvailable ? options.workers : 0;
  const queue = new FileQueue(documents, format, workers + 1, options.onProgress);
  const lanes = [...Array.from({ length: workers }, () => workerLane(queue)), mainLane(queue)];
  try {
    await Promise.all(lanes);
  } catch (err) {
    queue.fail();
    await Promise.allSettled(lanes);
    throw err;
  }
  return new Map(queue.names.map((name, position) => [name, queue.bytes[position]!]));
}

async function mainLane(queue: FileQueue): Promise<void> {
  const lane = queue.lane('docx');
  try {
    for (let job = queue.take(lane); job; job = queue.take(lane)) {
      queue.finish(job.position, await (job.format === 'docx' ? writeDocx(job.model) : writePdf(job.model)));
      // Writing resolves through microtasks only: yield to the event loop so that the workers' replies (and the
      // progress bar) are handled between files, not after the last one.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } catch (err) {
    queue.fail();
    throw err;
  }
}

function workerLane(queue: FileQueue): Promise<void> {
  const worker = new Worker(workerFile, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  const place = queue.lane('pdf');
  const lane = new Promise<void>((resolve, reject) => {
    const sent = new Set<number>();
    const fail = (err: Error) => {
      queue.fail();
      reject(err);
    };
    const fill = () => {
      while (sent.size < IN_FLIGHT) {
        const job = queue.take(place);
        if (!job) break;
        sent.add(job.position);
        worker.postMessage(job);
      }
      if (sent.size === 0) resolve();
    };
    worker.on('message', (reply: WorkerReply) => {
      if ('error' in reply) {
        const err = new Error(reply.error.message);
        if (reply.error.stack) err.stack = reply.error.stack;
        fail(err);
        return;
      }
      sent.delete(reply.position);
      queue.finish(reply.position, reply.bytes);
      fill();
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`a render worker stopped unexpectedly (exit code ${code})`)));
    fill();
  });
  // Stop the worker however the lane ended; its exit is then expected, not a failure.
  return lane.finally(async () => {
    worker.removeAllListeners('exit');
    await worker.terminate();
  });
}
