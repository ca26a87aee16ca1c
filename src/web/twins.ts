// Type-level check that every `.web.ts` twin exports what the module it replaces exports, with the same types, so
// the core compiles against either (tsconfig.web.json checks this file; it has no run-time part).
import type * as CompilerNode from '../document/template/compiler.js';
import type * as CompilerWeb from '../document/template/compiler.web.js';
import type * as PathsNode from '../paths.js';
import type * as PathsWeb from '../paths.web.js';
import type * as FilesNode from '../platform/files.js';
import type * as FilesWeb from '../platform/files.web.js';
import type * as Sha256Node from '../platform/sha256.js';
import type * as Sha256Web from '../platform/sha256.web.js';
import type * as FontFilesNode from '../writers/pdf/font-files.js';
import type * as FontFilesWeb from '../writers/pdf/font-files.web.js';
import type * as PdfkitNode from '../writers/pdf/pdfkit.js';
import type * as PdfkitWeb from '../writers/pdf/pdfkit.web.js';
import type * as ThreadsNode from '../writers/writer-threads.js';
import type * as ThreadsWeb from '../writers/writer-threads.web.js';

/** Compiles only when the twin has every export of the original, each assignable to the original's type. */
type Twin<Node, Web extends { [K in keyof Node]: Node[K] }> = Web;

export type Twins = [
  Twin<typeof PathsNode, typeof PathsWeb>,
  Twin<typeof FilesNode, typeof FilesWeb>,
  Twin<typeof Sha256Node, typeof Sha256Web>,
  Twin<Omit<typeof CompilerNode, 'compileOptions'>, typeof CompilerWeb>,
  Twin<typeof FontFilesNode, typeof FontFilesWeb>,
  Twin<typeof PdfkitNode, typeof PdfkitWeb>,
  Twin<typeof ThreadsNode, typeof ThreadsWeb>,
];
