// pdfkit's document class. pdfkit ships a Node build, which compresses with Node's zlib, and a browser build, which
// compresses with fflate. Node's zlib (Chromium's fork, tuned per CPU) deflates the same bytes differently from any
// JavaScript deflate, so the command line loads the browser build too: then a PDF written here and one written in the
// page (pdfkit.web.ts) are the same bytes, on any machine. The CommonJS browser build is not in pdfkit's exports map,
// hence the path; it registers the standard fonts (Helvetica, for form fields) itself.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export const PDFDocument = require(join(dirname(require.resolve('pdfkit')), 'pdfkit.browser.js')) as unknown as new (
  options: PDFKit.PDFDocumentOptions,
) => PDFKit.PDFDocument;
