// A writer thread of pool.ts: loads its format's writer as it starts, then writes each document model it is
// sent, one at a time in the order sent, and hands the bytes back without copying them.
import { parentPort, workerData } from 'node:worker_threads';
import type { DocumentModel } from '../document/model.js';

export interface WriteJob {
  id: number;
  model: DocumentModel;
}

export type WriteReply = { id: number; bytes: Uint8Array } | { id: number; error: { message: string; stack?: string } };

const format = (workerData as { format: 'docx' | 'pdf' }).format;
const writer: Promise<(model: DocumentModel) => Promise<Uint8Array>> =
  format === 'pdf' ? import('./pdf/index.js').then((m) => m.writePdf) : import('./docx/index.js').then((m) => m.writeDocx);
const port = parentPort!;
let previous: Promise<void> = Promise.resolve();

port.on('message', (job: WriteJob) => {
  previous = previous.then(async () => {
    try {
      const written = await (await writer)(job.model);
      // Only a buffer that is all of its memory (not a slice of a shared pool) can be moved to the other thread.
      const bytes = written.byteOffset === 0 && written.byteLength === written.buffer.byteLength ? written : new Uint8Array(written);
      port.postMessage({ id: job.id, bytes } satisfies WriteReply, [bytes.buffer as ArrayBuffer]);
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err));
      port.postMessage({ id: job.id, error: { message: e.message, stack: e.stack } } satisfies WriteReply);
    }
  });
});
