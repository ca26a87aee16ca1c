// The answers documents printed as missing. A draft shows them as "[Not provided: …]"; a final document may not, so
// `render`, `package` and `cohort` without --draft refuse and list each one with where it belongs in the input.
import type { MissingAnswer } from '../document/index.js';
import type { ConsistencyFinding } from './consistency.js';

/** Which input an answer belongs to: the template's path says "participant:…" or "cohort:…"; else the program file. */
export type AnswerSource = 'program' | 'participant' | 'cohort';

export interface MissingEntry {
  source: AnswerSource;
  /** Where the answer goes in that file, e.g. "erb.chair.name" or "milestones[0].date". */
  path: string;
  /** What is missing, as the draft's placeholder names it. */
  label: string;
  /** Whose participant record, for a participant's answer. */
  participant?: string;
  /** The documents that need it, in the order they were rendered. */
  documents: string[];
}

function split(path: string): { source: AnswerSource; path: string } {
  const m = /^(participant|cohort):(.*)$/.exec(path);
  return m ? { source: m[1] as AnswerSource, path: m[2]! } : { source: 'program', path };
}

/** What rendering found: the answers the documents lack, and what the consistency pass marked in them. */
export class MissingAnswers {
  private readonly entries = new Map<string, MissingEntry>();
  /** Findings of the consistency pass (consistency.ts), reported as warnings; they never stop a document. */
  readonly consistency: ConsistencyFinding[] = [];

  /** Records what one document printed as missing; `participant` names whose record a participant answer is from. */
  record(document: string, answers: readonly MissingAnswer[], participant?: string): void {
    for (const answer of answers) {
      const { source, path } = split(answer.path);
      const who = source === 'participant' ? participant : undefined;
      const key = `${source}\u0000${who ?? ''}\u0000${path}`;
      let entry = this.entries.get(key);
      if (!entry) {
        entry = { source, path, label: answer.label, documents: [], ...(who ? { participant: who } : {}) };
        this.entries.set(key, entry);
      }
      if (!entry.documents.includes(document)) entry.documents.push(document);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  list(): MissingEntry[] {
    return [...this.entries.values()];
  }
}

/** The files the answers belong in, as the user named them. */
export interface AnswerFiles {
  program: string;
  participant?: string;
  cohort?: string;
}

/** One line per missing answer: file, path, what it is, and the documents that need it. */
export function missingAnswersText(entries: readonly MissingEntry[], files: AnswerFiles): string {
  const fileOf = (e: MissingEntry) =>
    e.source === 'program'
      ? files.program
      : e.source === 'cohort'
        ? (files.cohort ?? 'the cohort file')
        : e.participant
          ? `${files.participant ?? 'participant'} (${e.participant})`
          : (files.participant ?? 'the participant file');
  const lines = entries.map((e) => `  ${fileOf(e)}: ${e.path} — ${e.label} (${e.documents.join(', ')})`);
  return `${entries.length === 1 ? 'An answer the documents need is' : `${entries.length} answers the documents need are`} missing:\n${lines.join('\n')}\n`;
}
