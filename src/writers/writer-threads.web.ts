// The page's twin of writer-threads.ts: Web Workers, one per format, started from the writer scripts the page holds
// (the build inlines each as a script block the browser does not run: <script type="text/plain" id="writer-FORMAT">).
// A worker made from a blob: URL needs the page's CSP to allow `worker-src blob:`, and is bound by that same CSP.
import type { WriteJob, WriteReply } from './pool-worker.js';
import { MessageWriter, type Format, type WriterThread } from './writer-thread.js';

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

class PageWorker extends MessageWriter {
  private readonly worker: Worker;

  constructor(format: Format) {
    super(format);
    this.worker = new Worker(scriptUrl(format), { name: `sescdp ${format} writer` });
    this.worker.addEventListener('message', (event: MessageEvent<WriteReply>) => this.received(event.data));
    this.worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.failed(new Error(`the ${format} writer stopped: ${event.message}`));
    });
  }

  protected post(job: WriteJob): void {
    this.worker.postMessage(job);
  }

  async close(): Promise<void> {
    this.worker.terminate();
  }
}
