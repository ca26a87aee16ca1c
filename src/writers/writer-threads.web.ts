// The page's twin of writer-threads.ts: Web Workers, one per format, started from the writer scripts the page holds
// (the build inlines each as a script block the browser does not run: <script type="text/plain" id="writer-FORMAT">).
// A worker made from a blob: URL needs the page's CSP to allow `worker-src blob:`, and is bound by that same CSP.
import type { DocumentModel } from '../document/model.js';
import type { WriteJob, WriteReply } from './pool-worker.js';
import type { Format, WriterThread } from './writer-threads.js';

export type { Format, WriterThread };

export const threadsAvailable = true;

/** At least two, so that the pool always starts a worker per format and the page's own thread stays free. */
export function coreCount(): number {
  return Math.max(2, navigator.hardwareConcurrency || 2);
}

const scripts = new Map<Format, string>();

function scriptUrl(format: Format): string {
  let url = scripts.get(format);
  if (!url) {
    const code = document.getElementById(`writer-${format}`)?.textContent;
    if (!code) throw new Error(`this page holds no ${format} writer`);
    url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
    scripts.set(format, url);
  }
  return url;
}

export function startWriterThread(format: Format): WriterThread {
  return new PageWorker(format);
}

export async function writeHere(format: Format): Promise<Uint8Array> {
  throw new Error(`the page writes ${format} files in its workers only`);
}

class PageWorker implements WriterThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (b: Uint8Array) => void; reject: (e: Error) => void }>();
  private next = 0;
  private failure?: Error;
  private freed: (() => void)[] = [];

  constructor(readonly format: Format) {
    this.worker = new Worker(scriptUrl(format), { name: `sescdp ${format} writer` });
    this.worker.addEventListener('message', (event: MessageEvent<WriteReply>) => {
      const reply = event.data;
      const job = this.pending.get(reply.id)!;
      this.pending.delete(reply.id);
      if ('error' in reply) job.reject(Object.assign(new Error(reply.error.message), { stack: reply.error.stack }));
      else job.resolve(reply.bytes);
      this.freed.splice(0).forEach((f) => f());
    });
    this.worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.failure = new Error(`the ${format} writer stopped: ${event.message}`);
      this.pending.forEach((p) => p.reject(this.failure!));
      this.pending.clear();
      this.freed.splice(0).forEach((f) => f());
    });
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
      this.worker.postMessage({ id, model } satisfies WriteJob);
    });
  }

  async close(): Promise<void> {
    this.worker.terminate();
  }
}
