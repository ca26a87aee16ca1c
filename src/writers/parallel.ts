// Writing both formats on both cores: a worker thread writes the PDFs while this thread writes the DOCX
// files. The worker is started before the documents are rendered so that loading pdfkit and the fonts
// overlaps with the rendering. Measured on the 2-core machine for a re-approval package (4 documents):
// 1.3 s in one thread, about 0.8 s split this way (see bench/).
import { Worker } from 'node:worker_threads';
import type { DocumentModel } from '../document/model.js';
import { writeDocx, writePdf } from './index.js';

export interface FormatWriter {
  /** DOCX and PDF bytes for each model, in order. */
  write(models: readonly DocumentModel[], formats: { docx: boolean; pdf: boolean }): Promise<{ docx?: Uint8Array; pdf?: Uint8Array }[]>;
  close(): Promise<void>;
}

/** Compiled code can start a worker; under a TypeScript test runner the worker file is not runnable, so write in-thread. */
const workerFile = new URL('./pdf-worker.js', import.meta.url);
const canUseWorker = import.meta.url.endsWith('.js') && process.env.SESCDP_THREADS !== '1';

export function startFormatWriter(): FormatWriter {
  if (!canUseWorker) return inThreadWriter;
  const worker = new Worker(workerFile);
  const pending = new Map<number, { resolve: (b: Uint8Array) => void; reject: (e: Error) => void }>();
  let next = 0;
  worker.on('message', (m: { id: number; bytes?: Uint8Array; error?: string }) => {
    const p = pending.get(m.id)!;
    pending.delete(m.id);
    if (m.error !== undefined) p.reject(new Error(m.error));
    else p.resolve(m.bytes!);
  });
  worker.on('error', (e) => pending.forEach((p) => p.reject(e)));
  const pdfInWorker = (model: DocumentModel) =>
    new Promise<Uint8Array>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, model });
    });
  return {
    async write(models, formats) {
      const pdfs = formats.pdf ? models.map(pdfInWorker) : [];
      const out: { docx?: Uint8Array; pdf?: Uint8Array }[] = [];
      for (const model of models) out.push({ docx: formats.docx ? await writeDocx(model) : undefined });
      if (formats.pdf) (await Promise.all(pdfs)).forEach((pdf, i) => (out[i]!.pdf = pdf));
      return out;
    },
    close: async () => {
      await worker.terminate();
    },
  };
}

/** Both formats in this thread, one document after the other. */
export const inThreadWriter: FormatWriter = {
  async write(models, formats) {
    const out: { docx?: Uint8Array; pdf?: Uint8Array }[] = [];
    for (const model of models) out.push({ docx: formats.docx ? await writeDocx(model) : undefined, pdf: formats.pdf ? await writePdf(model) : undefined });
    return out;
  },
  close: async () => {},
};
