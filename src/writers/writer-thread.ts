// A writer thread as the pool sees it, and the bookkeeping every kind of thread shares (writer-threads.ts starts
// Node worker threads, writer-threads.web.ts Web Workers): jobs numbered as sent, answered in any order.
import type { DocumentModel } from '../document/model.js';
import type { WriteJob, WriteReply } from './pool-worker.js';

export type Format = 'docx' | 'pdf';

/** One thread that writes documents of one format, in the order sent. */
export interface WriterThread {
  readonly format: Format;
  /** Files sent and not yet written. */
  readonly busy: number;
  /** Resolves when this thread finishes a file (or fails). */
  idle(): Promise<void>;
  write(model: DocumentModel): Promise<Uint8Array>;
  close(): Promise<void>;
}

export abstract class MessageWriter implements WriterThread {
  private readonly pending = new Map<number, { resolve: (b: Uint8Array) => void; reject: (e: Error) => void }>();
  private next = 0;
  private failure?: Error;
  private freed: (() => void)[] = [];

  constructor(readonly format: Format) {}

  /** Sends a job to the thread. */
  protected abstract post(job: WriteJob): void;
  abstract close(): Promise<void>;

  /** The thread answered a job. */
  protected received(reply: WriteReply): void {
    const job = this.pending.get(reply.id)!;
    this.pending.delete(reply.id);
    if ('error' in reply) job.reject(Object.assign(new Error(reply.error.message), { stack: reply.error.stack }));
    else job.resolve(reply.bytes);
    this.freed.splice(0).forEach((f) => f());
  }

  /** The thread stopped: every job still waiting fails, and so does any sent later. */
  protected failed(err: Error): void {
    this.failure = err;
    this.pending.forEach((p) => p.reject(err));
    this.pending.clear();
    this.freed.splice(0).forEach((f) => f());
  }

  get busy(): number {
    return this.pending.size;
  }

  idle(): Promise<void> {
    return new Promise((resolve) => this.freed.push(resolve));
  }

  write(model: DocumentModel): Promise<Uint8Array> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.post({ id, model });
    });
  }
}
