// Builds an approval package in memory: the documents OPM needs for the submission type, a manifest
// that fingerprints every file, and a deterministic zip of the whole folder. Writing is the caller's job.
import { DRAFT_STAMP, type DocumentId } from '../documents/catalog.js';
import { pendingSet, writeFormats } from '../documents/render.js';
import { slug } from '../documents/file-names.js';
import type { MissingAnswers } from '../documents/missing-answers.js';
import type { IsoDate } from '../model/dates.js';
import type { Program } from '../model/program.js';
import type { Ruleset } from '../rules/ruleset.js';
import type { WriterPool } from '../writers/pool.js';
import { manifestFiles, sha256, type Manifest } from './manifest.js';
import { deterministicZip } from './zip.js';

export const SUBMISSION_TYPES = ['initial', 'reapproval', 'change'] as const;
export type SubmissionType = (typeof SUBMISSION_TYPES)[number];


export interface PackageInputs {
  program: Program;
  programText: string;
  programFile: string;
  ruleset: Ruleset;
  asOf: IsoDate;
  type: SubmissionType;
  draft: boolean;
  toolVersion: string;
  /** Writer threads already started by the caller (else started here). */
  pool?: WriterPool;
  /** Receives the answers the documents printed as missing: the caller refuses a final package that has any. */
  missing?: MissingAnswers;
}

export interface BuiltPackage {
  /** Folder name, e.g. DFI-sescdp-reapproval-2026-11-22. */
  name: string;
  /** Files of the folder, by name (manifest.json included). */
  files: Map<string, Uint8Array>;
  zip: Uint8Array;
  manifest: Manifest;
}

/** What OPM receives: the policy, the memo and the crosswalk; for re-approval also the overarching evaluation (proposed 5 CFR 412.303(b)). */
export function packageDocuments(type: SubmissionType): DocumentId[] {
  return type === 'reapproval' ? ['memo', 'policy', 'crosswalk', 'evaluation-annual'] : ['memo', 'policy', 'crosswalk'];
}

export async function buildPackage(inputs: PackageInputs): Promise<BuiltPackage> {
  const program: Program = { ...inputs.program, approval: { ...inputs.program.approval, submissionType: inputs.type } };
  const docs = pendingSet(packageDocuments(inputs.type), {
    program,
    ruleset: inputs.ruleset,
    asOf: inputs.asOf,
    stamp: inputs.draft ? DRAFT_STAMP : undefined,
    missing: inputs.missing,
  });
  const files = await writeFormats(docs, 'both', { pool: inputs.pool });
  const manifest: Manifest = {
    tool: { name: 'sescdp', version: inputs.toolVersion },
    ruleset: inputs.ruleset.id,
    submissionType: inputs.type,
    agency: program.agency?.name ?? '',
    asOf: inputs.asOf,
    program: { file: inputs.programFile, sha256: sha256(inputs.programText) },
    draft: inputs.draft,
    files: manifestFiles(files),
  };
  files.set('manifest.json', new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`));
  const name = `${slug(program.agency?.acronym ?? '').toUpperCase() || 'AGENCY'}-sescdp-${inputs.type}-${inputs.asOf}${inputs.draft ? '-draft' : ''}`;
  const zipped = new Map([...files].map(([file, bytes]) => [`${name}/${file}`, bytes]));
  return { name, files, zip: deterministicZip(zipped), manifest };
}
