// Entry of a render worker (render-pool.ts): writes the document models it is sent, one at a time, in the format
// asked, and hands the bytes back without copying them. It starts loading the PDF writer at once, since PDFs are
// what it is sent first, so the loading overlaps with the main thread's work.
import { parentPort } from 'node:worker_threads';
import type { DocumentModel } from '../document/model.js';
import { writeDocx, writePdf } from '../writers/index.js';

export interface WriteJob {
  position: number;
  model: DocumentModel;
  format: 'docx' | 'pdf';
}

export type WorkerReply = { position: number; bytes: Uint8Array } | { position: number; error: { message: string; stack?: string } };

void import('../writers/pdf/index.js');

const port = parentPort!;
/** One file at a time, in the order sent, even when the next job is already waiting. */
let previous: Promise<void> = Promise.resolve();

port.on('message', (job: WriteJob) => {
  previous = previous.then(() =>
    (job.format === 'pdf' ? writePdf(job.model) : writeDocx(job.model)).then(
      (written) => {
        // A buffer can be moved to the other thread only when the bytes are all of it (not a slice of a shared pool).
        const bytes = written.byteOffset === 0 && written.byteLength === written.buffer.byteLength ? written : new Uint8Array(written);
        port.postMessage({ position: job.position, bytes } satisfies WorkerReply, [bytes.buffer as ArrayBuffer]);
      },
      (err: unknown) => {
        const e = err instanceof Error ? err : new Error(String(err));
        port.postMessage({ position: job.position, error: { message: e.message, stack: e.stack } } satisfies WorkerReply);
      },
    ),
  );
});
