// The page's DOCX writer worker.
import { writeDocx } from '../../writers/docx/index.js';
import { serveWriter } from './serve-writer.js';

serveWriter(writeDocx);
