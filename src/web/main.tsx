// The page's entry: settles zod for a page whose CSP forbids eval, brings back the work this browser kept, and draws.
import './zod-without-eval.js';
import { render } from 'preact';
import { InputError } from '../model/input-error.js';
import { storedWork } from './storage.js';
import { App, type Boot } from './ui/app.js';
import { Work } from './work.js';

function boot(): Boot {
  const stored = storedWork();
  if (!stored) return {};
  try {
    const work = Work.open(stored.fileName, stored.text, stored.edited);
    work.inputs = stored.inputs;
    const when = stored.savedAt ? new Date(stored.savedAt).toLocaleString() : 'earlier';
    return { work, notice: { kind: 'info', text: `Your work on ${stored.fileName} is back, as this browser kept it (last change ${when}). "Clear saved work" removes it.` } };
  } catch (err) {
    const details = err instanceof InputError ? err.format().split('\n') : [String(err)];
    return { notice: { kind: 'error', text: 'The work this browser kept could not be read back; start again from your program file.', details } };
  }
}

render(<App boot={boot()} />, document.getElementById('app')!);
performance.mark('sescdp-ready');
