// The page's PDF writer worker (it holds the fonts the PDFs embed).
import { writePdf } from '../../writers/pdf/index.js';
import { serveWriter } from './serve-writer.js';

serveWriter(writePdf);
