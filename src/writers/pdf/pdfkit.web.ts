// The page's twin of pdfkit.ts: pdfkit's browser build, as the command line uses it, so both write the same bytes.
// This module form of the build leaves the standard fonts to the caller; form fields need Helvetica.
import * as pdfkit from 'pdfkit';
import Helvetica from 'pdfkit/standard-fonts/Helvetica';

const build = pdfkit as unknown as { default: new (options: PDFKit.PDFDocumentOptions) => PDFKit.PDFDocument; registerStdFonts(...fonts: unknown[]): void };
build.registerStdFonts(Helvetica);

export const PDFDocument = build.default;
