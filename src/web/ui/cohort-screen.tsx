// A subcomponent's cohort under this policy: the cohort file and its roster CSV (or a cohort file that lists its
// participants), checked as `sescdp cohort` checks them against the program open in the page, and every document
// of the cohort downloaded as one zip of the folder `sescdp cohort` writes.
import { useState } from 'preact/hooks';
import type { CohortFinding } from '../../cohort/checks.js';
import { DRAFT_STAMP } from '../../documents/catalog.js';
import { download, readOpened } from '../browser-files.js';
import { exampleCohort, exampleRoster } from '../examples.js';
import { cohortCheck, cohortZip, draftReason } from '../outputs.js';
import type { OpenedFile, WorkInputs } from '../work.js';
import { useEnv } from './env.js';
import { Citation, SeverityBadge } from './finding-line.js';
import { summaryLine } from './findings.js';
import { problemNotice } from './open-program.js';
import { ScreenHeading } from './screen-heading.js';

export function CohortScreen() {
  const env = useEnv();
  const { cohort, roster } = env.work.inputs;
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | undefined>();
  const settings = { ruleset: env.ruleset, asOf: env.asOf };

  let check: ReturnType<typeof cohortCheck>;
  let problem: string | undefined;
  try {
    check = cohortCheck(env.work, settings);
  } catch (err) {
    const n = problemNotice(err, cohort?.name ?? 'the cohort');
    problem = [n.text, ...(n.details ?? [])].join('\n');
  }
  const errors = check?.findings.filter((f) => f.severity === 'error').length ?? 0;
  const namedRoster = cohort ? /^roster:\s*(.+)$/m.exec(cohort.text)?.[1]?.trim().replace(/^["']|["']$/g, '') : undefined;

  const choose = async (key: keyof WorkInputs, file: File | undefined, what: string) => {
    if (!file) return;
    try {
      env.setInputs({ ...env.work.inputs, [key]: await readOpened(file, what) });
      setStatus(undefined);
    } catch (err) {
      const n = problemNotice(err, file.name);
      setStatus({ text: [n.text, ...(n.details ?? [])].join(' '), error: true });
    }
  };

  return (
    <>
      <ScreenHeading>Cohort documents</ScreenHeading>
      <p class="section-status">
        A subcomponent the policy authorizes runs its cohorts under it. Open the cohort file and its roster: the page checks them as{' '}
        <code>sescdp cohort</code> does, against the program open here ({env.work.fileName}), and writes every participant's EDP and evaluation, the
        program-manager evaluation and the cohort calendar.
      </p>
      <div class="card">
        <FileChoice id="cohort-file" label="Open cohort file" accept=".yaml,.yml" file={cohort} onChoose={(f) => void choose('cohort', f, 'cohort file')} onRemove={() => env.setInputs({ ...env.work.inputs, cohort: undefined })} />
        <FileChoice id="roster-file" label="Open roster CSV" accept=".csv,text/csv" file={roster} onChoose={(f) => void choose('roster', f, 'roster')} onRemove={() => env.setInputs({ ...env.work.inputs, roster: undefined })} />
        {namedRoster && !roster ? <p class="warning-text">This cohort file names the roster {namedRoster}: open it too, or only the participants the cohort file lists are used.</p> : null}
        {!cohort ? (
          <p>
            <button type="button" class="secondary" onClick={() => env.setInputs({ ...env.work.inputs, cohort: exampleCohort(), roster: exampleRoster() })}>
              Use the example cohort (it runs under the example program)
            </button>
          </p>
        ) : null}
      </div>
      {problem ? <pre class="problem" role="alert">{problem}</pre> : null}
      {check ? (
        <section aria-labelledby="cohort-findings-title" class="card">
          <h3 id="cohort-findings-title">
            Cohort {check.id ?? ''}: {check.participants} {check.participants === 1 ? 'participant' : 'participants'}
          </h3>
          <p>
            {summaryLine(check.findings)} ({env.ruleset.id}, as of {env.asOf})
          </p>
          {check.findings.length ? (
            <ol class="finding-list">
              {check.findings.slice(0, 200).map((f, i) => (
                <CohortFindingItem key={i} finding={f} />
              ))}
            </ol>
          ) : null}
          {check.findings.length > 200 ? <p>… and {check.findings.length - 200} more.</p> : null}
          <p id="cohort-state" class={errors ? 'warning-text' : ''}>
            {errors ? `With errors, the documents are drafts: every page stamped "${DRAFT_STAMP}", as sescdp cohort --draft makes them.` : 'No errors: the documents are final.'}
          </p>
          <button
            type="button"
            aria-describedby="cohort-state"
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              setStatus({ text: 'Writing the cohort documents…' });
              try {
                const built = await cohortZip(env.work, settings);
                download(built.name, built.zip);
                setStatus({ text: built.draft ? `Downloaded ${built.name}: DRAFT documents, ${draftReason(built, 'the cohort')}.` : `Downloaded ${built.name}.` });
              } catch (err) {
                const n = problemNotice(err, cohort?.name ?? 'the cohort');
                setStatus({ text: [n.text, ...(n.details ?? [])].join(' '), error: true });
              } finally {
                setBusy(false);
              }
            }}
          >
            Download the cohort's documents (zip)
          </button>
        </section>
      ) : null}
      <p class={`status${status?.error ? ' error-text' : ''}`} role="status" aria-live="polite">
        {status?.text}
      </p>
    </>
  );
}

function FileChoice({ id, label, accept, file, onChoose, onRemove }: { id: string; label: string; accept: string; file?: OpenedFile; onChoose: (f: File | undefined) => void; onRemove: () => void }) {
  return (
    <div class="file-choice">
      <label for={id}>{label}</label>
      <input id={id} type="file" accept={accept} onChange={(e) => onChoose(e.currentTarget.files?.[0])} />
      {file ? (
        <p>
          Open: <strong>{file.name}</strong>{' '}
          <button type="button" class="secondary small" onClick={onRemove}>
            Remove {file.name}
          </button>
        </p>
      ) : null}
    </div>
  );
}

function CohortFindingItem({ finding }: { finding: CohortFinding }) {
  return (
    <li class={`finding ${finding.severity}`}>
      <SeverityBadge severity={finding.severity} /> <span class="message">{finding.message}</span> <Citation citation={finding.citation} ruleId={finding.ruleId} />
      <span class="where">
        {' '}
        ({finding.file}
        {finding.line ? `, line ${finding.line}` : ''})
      </span>
    </li>
  );
}
