// RFC 4180 CSV: comma-separated, fields optionally in double quotes ("" is a quote inside one),
// quoted fields may hold commas and line breaks. Each record remembers the line it starts on.
import { InputError } from '../model/input-error.js';

export interface CsvRecord {
  fields: string[];
  line: number;
}

export function parseCsv(file: string, text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let quoteLine = 0;
  let fieldStarted = false;
  let quoteClosed = false;

  const endField = () => {
    fields.push(field);
    field = '';
    fieldStarted = false;
    quoteClosed = false;
  };
  const endRecord = () => {
    endField();
    records.push({ fields, line: recordLine });
    fields = [];
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
          quoteClosed = true;
        }
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"') {
      if (fieldStarted) throw new InputError(file, [{ line, message: 'a quote inside an unquoted field; quote the whole field and double the quote ("")' }]);
      inQuotes = true;
      quoteLine = line;
      fieldStarted = true;
    } else if (ch === ',') {
      endField();
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else if (quoteClosed) {
      if (ch !== ' ' && ch !== '\t') throw new InputError(file, [{ line, message: 'text after a closing quote; put the whole field inside the quotes' }]);
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (inQuotes) throw new InputError(file, [{ line: quoteLine, message: 'a quoted field is never closed' }]);
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}
