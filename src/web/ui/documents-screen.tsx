// Documents and the package for OPM, built from the program as it stands with the command line's own code, so a file
// downloaded here is byte for byte the one `sescdp render` or `sescdp package` writes for the same program, rule set
// and As of date. A PDF can be previewed in the browser's own viewer first.
import { useEffect, useState } from 'preact/hooks';
import { DOCUMENT_IDS, DOCUMENTS, DRAFT_STAMP, type DocumentId } from '../../documents/catalog.js';
import { SUBMISSION_TYPES, type SubmissionType } from '../../package/build.js';
import { blobOf, download, readOpened } from '../browser-files.js';
import { exampleParticipant } from '../examples.js';
import { draftReason, packageZip, participantOf, renderDocument, type Settings } from '../outputs.js';
import { validateProgram } from '../../rules/validate.js';
import { parseParticipant } from '../../model/load-participant.js';
import { useEnv } from './env.js';
import { problemNotice } from './open-program.js';
import { ScreenHeading } from './screen-heading.js';

const TYPE_NAMES: Record<SubmissionType, string> = {
  initial: 'First approval (the policy, memo and crosswalk)',
  reapproval: 'Triennial re-approval (with the annual program evaluation)',
  change: 'Approval of a substantial change',
};

/** Files already written for the program as it stands, so previewing then downloading writes once. */
const written = new Map<string, Map<string, Uint8Array>>();

export function DocumentsScreen() {
  const env = useEnv();
  const settings: Settings = { ruleset: env.ruleset, asOf: env.asOf };
  const program = env.ctx.program;
  const [type, setType] = useState<SubmissionType>((program.approval?.submissionType as SubmissionType | undefined) ?? 'initial');
  const [busy, setBusy] = useState<string | undefined>();
  const [status, setStatus] = useState<{ text: string; error?: boolean } | undefined>();
  const [preview, setPreview] = useState<{ title: string; url: string; name: string } | undefined>();
  const [participantProblem, setParticipantProblem] = useState<string | undefined>();
  useEffect(() => () => preview && URL.revokeObjectURL(preview.url), [preview]);

  const packageErrors = validateProgram({ ...program, approval: { ...program.approval, submissionType: type } }, env.ruleset, { asOf: env.asOf }).filter(
    (f) => f.severity === 'error',
  ).length;

  const run = async (what: string, task: () => Promise<string>) => {
    setBusy(what);
    setStatus({ text: `${what}…` });
    try {
      setStatus({ text: await task() });
    } catch (err) {
      const notice = problemNotice(err, env.work.fileName);
      setStatus({ text: [notice.text, ...(notice.details ?? [])].join(' '), error: true });
    } finally {
      setBusy(undefined);
    }
  };

  const files = async (id: DocumentId): Promise<Map<string, Uint8Array>> => {
    const participant = participantOf(env.work);
    const key = [env.work.text(), env.ruleset.id, env.asOf, id, env.work.inputs.participant?.text ?? ''].join('\u0000');
    let out = written.get(key);
    if (!out) {
      out = await renderDocument(env.work, settings, id, id === 'edp' || id === 'evaluation-participant' ? participant : undefined);
      written.clear();
      written.set(key, out);
    }
    return out;
  };

  const fetchFile = async (id: DocumentId, ext: 'docx' | 'pdf') => {
    const out = await files(id);
    const name = [...out.keys()].find((n) => n.endsWith(`.${ext}`))!;
    return { name, bytes: out.get(name)! };
  };

  const setParticipant = async (file: File | undefined) => {
    setParticipantProblem(undefined);
    if (!file) return;
    try {
      const opened = await readOpened(file, 'participant file');
      parseParticipant(opened.name, opened.text);
      env.setInputs({ ...env.work.inputs, participant: opened });
    } catch (err) {
      const n = problemNotice(err, file.name);
      setParticipantProblem([n.text, ...(n.details ?? [])].join(' '));
    }
  };

  const participant = env.work.inputs.participant;
  return (
    <>
      <ScreenHeading>Documents and package</ScreenHeading>
      <p class="section-status">
        Made from the program as it stands, under the {env.ruleset.shortTitle}, dated {env.asOf} (the As of date): the same files, byte for byte, that{' '}
        <code>sescdp render</code> and <code>sescdp package</code> write.
      </p>

      <section aria-labelledby="package-title" class="card">
        <h3 id="package-title">Package for OPM</h3>
        <fieldset>
          <legend>What are you submitting?</legend>
          {SUBMISSION_TYPES.map((t) => (
            <label class="choice" key={t}>
              <input type="radio" name="submission-type" checked={type === t} onChange={() => setType(t)} /> {TYPE_NAMES[t]}
            </label>
          ))}
        </fieldset>
        <p id="package-state" class={packageErrors ? 'warning-text' : ''}>
          {packageErrors
            ? `The program has ${packageErrors} ${packageErrors === 1 ? 'error' : 'errors'} (see Findings), so the package will be a draft: every page stamped "${DRAFT_STAMP}", as sescdp package --draft makes it.`
            : 'The program has no errors: the package is ready to send.'}
        </p>
        <button
          type="button"
          aria-describedby="package-state"
          disabled={busy !== undefined}
          onClick={() =>
            void run('Building the package', async () => {
              const built = await packageZip(env.work, settings, type);
              download(built.name, built.zip);
              return built.draft
                ? `Downloaded ${built.name}: a DRAFT, ${draftReason(built, 'the program')}. Complete the program (see Findings) for the package to send.`
                : `Downloaded ${built.name}, ready to send to OPM.`;
            })
          }
        >
          Download package
        </button>
      </section>

      <section aria-labelledby="documents-title" class="card">
        <h3 id="documents-title">Documents</h3>
        <p>
          A document that lacks an answer is a draft: every page stamped "{DRAFT_STAMP}", each missing answer shown as a highlighted <strong>[Not provided: …]</strong>.
        </p>
        <div class="participant">
          <label for="participant-file">Participant file (optional: fills in the EDP and the participant evaluation, as --participant does)</label>
          <input id="participant-file" type="file" accept=".yaml,.yml" onChange={(e) => void setParticipant(e.currentTarget.files?.[0])} />
          {participant ? (
            <p>
              Filling in from <strong>{participant.name}</strong>.{' '}
              <button
                type="button"
                class="secondary small"
                onClick={() => env.setInputs({ ...env.work.inputs, participant: undefined })}
              >
                Use blank forms instead
              </button>
            </p>
          ) : (
            <p>
              <button
                type="button"
                class="secondary small"
                onClick={() => env.setInputs({ ...env.work.inputs, participant: exampleParticipant() })}
              >
                Use the example participant
              </button>
            </p>
          )}
          {participantProblem ? (
            <p class="error-text" role="alert">
              {participantProblem}
            </p>
          ) : null}
        </div>
        <table class="documents">
          <caption class="visually-hidden">Documents of the program</caption>
          <thead>
            <tr>
              <th scope="col">Document</th>
              <th scope="col">Preview</th>
              <th scope="col">Download</th>
            </tr>
          </thead>
          <tbody>
            {DOCUMENT_IDS.map((id) => {
              const title = describe(id);
              return (
                <tr key={id}>
                  <th scope="row">
                    {title}
                    <span class="doc-note">{DOCUMENTS[id].description.replace(/ \(from --participant, or blank and fillable\)/, '')}</span>
                  </th>
                  <td>
                    <button
                      type="button"
                      class="secondary"
                      disabled={busy !== undefined}
                      onClick={() =>
                        void run(`Preparing the ${title} preview`, async () => {
                          const { name, bytes } = await fetchFile(id, 'pdf');
                          setPreview({ title, name, url: URL.createObjectURL(blobOf(name, bytes)) });
                          requestAnimationFrame(() => document.getElementById('preview-title')?.focus());
                          return `Showing ${name} below.`;
                        })
                      }
                    >
                      Preview PDF<span class="visually-hidden"> of the {title}</span>
                    </button>
                  </td>
                  <td class="downloads">
                    {(['docx', 'pdf'] as const).map((ext) => (
                      <button
                        key={ext}
                        type="button"
                        disabled={busy !== undefined}
                        onClick={() =>
                          void run(`Writing the ${title} (${ext.toUpperCase()})`, async () => {
                            const { name, bytes } = await fetchFile(id, ext);
                            download(name, bytes);
                            return `Downloaded ${name}.`;
                          })
                        }
                      >
                        {ext === 'docx' ? 'Word (DOCX)' : 'PDF'}
                        <span class="visually-hidden"> of the {title}</span>
                      </button>
                    ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <p class={`status${status?.error ? ' error-text' : ''}`} role="status" aria-live="polite">
        {status?.text}
      </p>
      {preview ? (
        <section class="preview" aria-labelledby="preview-title">
          <h3 id="preview-title" tabIndex={-1}>
            Preview: {preview.name}
          </h3>
          <p>
            <a href={preview.url} target="_blank" rel="noopener">
              Open the PDF in a new tab
            </a>{' '}
            <button type="button" class="secondary small" onClick={() => setPreview(undefined)}>
              Close the preview
            </button>
          </p>
          <iframe title={`PDF preview of the ${preview.title}`} src={preview.url} />
        </section>
      ) : null}
    </>
  );
}

function describe(id: DocumentId): string {
  const names: Record<DocumentId, string> = {
    policy: 'Policy',
    edp: 'Executive Development Plan',
    'evaluation-participant': 'Participant cohort evaluation',
    'evaluation-cohort': 'Program-manager cohort evaluation',
    'evaluation-annual': 'Annual program evaluation',
    memo: 'Transmittal memo',
    crosswalk: 'Compliance crosswalk',
  };
  return names[id];
}
