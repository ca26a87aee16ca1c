// The bar above the work: which file it is and whether its changes are saved, saving it (a download, or back into
// the opened file where the browser allows), opening another, starting over, clearing what the browser keeps, the
// rule set that judges the program and the "As of" date every date judgement uses (as --as-of does).
import { useState } from 'preact/hooks';
import { isIsoDate, type IsoDate } from '../../model/dates.js';
import { availableRulesets, loadRuleset } from '../../rules/ruleset.js';
import { download, saveInPlace, type SaveHandle } from '../browser-files.js';
import { useEnv } from './env.js';
import type { NoticeData } from './notice.js';
import { OpenProgramInput } from './open-program-input.js';
import type { Opener } from './open-program.js';

interface Props {
  handle?: SaveHandle;
  onOpen: Opener;
  onProblem: (n: NoticeData) => void;
  onNew: () => void;
  onClear: () => void;
  onRuleset: (id: string) => void;
  asOf: IsoDate;
  onAsOf: (d: IsoDate) => void;
  onSaved: (message: string) => void;
}

export function Toolbar(props: Props) {
  const env = useEnv();
  const work = env.work;
  const [asOfText, setAsOfText] = useState(props.asOf);
  const save = () => {
    download(work.fileName, work.text());
    props.onSaved(`${work.fileName} is in your downloads folder. The work stays kept in this browser too.`);
  };
  const saveBack = async () => {
    try {
      await saveInPlace(props.handle!, work.text());
      props.onSaved(`Saved to ${props.handle!.name}.`);
    } catch (err) {
      props.onProblem({ kind: 'error', text: `${work.fileName} was not saved (${err instanceof Error ? err.message : String(err)}). Save a copy with "Save the program file" instead.` });
    }
  };
  return (
    <div class="toolbar" role="group" aria-label="Program file and settings">
      <div class="file">
        <span class="file-name">{work.fileName}</span>
        <span class="file-state">{work.edited ? ' — changes kept in this browser, not yet saved to the file' : ' — as opened'}</span>
      </div>
      <div class="actions">
        <button type="button" onClick={save}>
          Save the program file
        </button>
        {props.handle ? (
          <button type="button" onClick={() => void saveBack()}>
            Save back to {props.handle.name}
          </button>
        ) : null}
        <OpenProgramInput onOpen={props.onOpen} onProblem={props.onProblem} compact />
        <button type="button" class="secondary" onClick={props.onNew}>
          New program or example…
        </button>
        <button type="button" class="secondary" onClick={props.onClear}>
          Clear saved work
        </button>
      </div>
      <div class="settings">
        <label>
          Rule set{' '}
          <select value={env.ruleset.id} onChange={(e) => props.onRuleset(e.currentTarget.value)}>
            {availableRulesets().map((id) => (
              <option key={id} value={id}>
                {loadRuleset(id).shortTitle} ({id})
              </option>
            ))}
          </select>
        </label>
        <label>
          As of{' '}
          <input
            type="date"
            value={asOfText}
            required
            aria-describedby="as-of-help"
            onInput={(e) => {
              const text = e.currentTarget.value;
              setAsOfText(text);
              if (isIsoDate(text)) props.onAsOf(text);
            }}
          />
        </label>
        <span id="as-of-help" class="hint">
          The day every date is judged on (as --as-of), and the date the documents carry.
        </span>
      </div>
    </div>
  );
}
