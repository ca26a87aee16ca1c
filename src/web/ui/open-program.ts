// Opening a program file, from the file input, the browser's file picker or a drop: the same checks as the command
// line (UTF-8, not empty, a program the schema accepts), with every problem listed by line and column.
import { InputError } from '../../model/input-error.js';
import { readOpened, type SaveHandle } from '../browser-files.js';
import { Work } from '../work.js';
import type { NoticeData } from './notice.js';

export type Opener = (work: Work, message: string, handle?: SaveHandle) => void;

export async function openProgramFile(file: File, onOpen: Opener, onProblem: (n: NoticeData) => void, handle?: SaveHandle): Promise<void> {
  try {
    const opened = await readOpened(file, 'program file');
    const work = Work.open(opened.name, opened.text);
    onOpen(work, `Opened ${opened.name}. Changes are kept in this browser as you make them; save the program file to keep them with it.`, handle);
  } catch (err) {
    onProblem(problemNotice(err, file.name));
  }
}

export function problemNotice(err: unknown, name: string): NoticeData {
  if (err instanceof InputError) return { kind: 'error', text: `${name} is not a program file this page can use:`, details: err.format().split('\n') };
  return { kind: 'error', text: `${name} could not be read (${err instanceof Error ? err.message : String(err)}).` };
}
