// The page's counterpart of writers/pool-worker.ts: the body of a Web Worker that writes each document model it is sent, one at a
// time in the order sent, and hands the bytes back without copying them. This folder has one per format.
import type { DocumentModel } from '../../document/model.js';
import type { WriteJob, WriteReply } from '../../writers/pool-worker.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WriteJob>) => void) | null;
  postMessage(message: WriteReply, transfer?: Transferable[]): void;
}

export function serveWriter(write: (model: DocumentModel) => Promise<Uint8Array>): void {
  const scope = self as unknown as WorkerScope;
  let previous: Promise<void> = Promise.resolve();
  scope.onmessage = (event) => {
    const job = event.data;
    previous = previous.then(async () => {
      try {
        const written = await write(job.model);
        const bytes = written.byteOffset === 0 && written.byteLength === written.buffer.byteLength ? written : new Uint8Array(written);
        scope.postMessage({ id: job.id, bytes }, [bytes.buffer as ArrayBuffer]);
      } catch (err) {
        const e = err instanceof Error ? err : new Error(String(err));
        scope.postMessage({ id: job.id, error: { message: e.message, stack: e.stack } });
      }
    });
  };
}
