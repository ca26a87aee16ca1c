// Worker thread entry: loads the PDF writer (pdfkit and the fonts) as soon as it starts, then turns
// each document model it receives into PDF bytes. See parallel.ts.
import { parentPort } from 'node:worker_threads';
import type { DocumentModel } from '../document/model.js';

const writer = import('./pdf/index.js');

parentPort!.on('message', async (message: { id: number; model: DocumentModel }) => {
  try {
    const bytes = await (await writer).writePdf(message.model);
    parentPort!.postMessage({ id: message.id, bytes }, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: (error as Error).message });
  }
});
