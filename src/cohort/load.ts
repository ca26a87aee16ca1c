// Reads a cohort: its YAML file, the umbrella program it runs under, and the roster that seeds
// its participants. Roster rows and YAML participants are matched by email, else by name.
import { dirname, resolve } from 'node:path';
import { cohortSchema, type CohortFile } from '../model/cohort.js';
import { loadProgram, type LoadedProgram } from '../model/load.js';
import type { Participant } from '../model/participant.js';
import { parseYamlText, readYamlFile, type YamlKind } from '../model/yaml-file.js';
import type { YamlSource } from '../model/yaml-source.js';
import { givenNameFirst } from '../model/names.js';
import { parseRoster, readRoster, type RosterEntry } from './roster.js';

export interface ParticipantOrigin {
  /** Index in the cohort file's participants list, when the plan comes from there. */
  yamlIndex?: number;
  rosterFile?: string;
  rosterRow?: number;
  rosterLine?: number;
  /** The name as the roster or cohort file wrote it, when it was last name first ("Rivera, Daniela M."). */
  nameAsWritten?: string;
}

export interface CohortParticipant {
  participant: Participant;
  origin: ParticipantOrigin;
}

export interface LoadedCohort {
  file: string;
  cohort: CohortFile;
  source: YamlSource;
  program: LoadedProgram;
  participants: CohortParticipant[];
}

export interface CohortInputs {
  programFile?: string;
  rosterFile?: string;
}

const COHORT: YamlKind<typeof cohortSchema> = {
  schema: cohortSchema,
  what: 'cohort file',
  expected: 'a cohort: keys such as "id:", "subcomponent:" and "participants:"',
};

export function loadCohort(file: string, inputs: CohortInputs = {}): LoadedCohort {
  const { data: cohort, source } = readYamlFile(file, COHORT);
  const here = dirname(file);
  const programFile = inputs.programFile ?? (cohort.program ? resolve(here, cohort.program) : 'sescdp.yaml');
  const rosterFile = inputs.rosterFile ?? (cohort.roster ? resolve(here, cohort.roster) : undefined);
  const program = loadProgram(programFile);
  const roster = rosterFile ? readRoster(rosterFile) : [];
  return { file, cohort, source, program, participants: mergeParticipants(roster, cohort.participants ?? [], rosterFile) };
}

/** The same from texts already read (the page's files): a cohort file, the program it runs under, and its roster. */
export function parseCohort(file: string, text: string, program: LoadedProgram, roster?: { file: string; text: string }): LoadedCohort {
  const { data: cohort, source } = parseYamlText(file, text, COHORT);
  const entries = roster ? parseRoster(roster.file, roster.text) : [];
  return { file, cohort, source, program, participants: mergeParticipants(entries, cohort.participants ?? [], roster?.file) };
}

function identity(p: Participant): string[] {
  return [...(p.email ? [`email:${p.email.trim().toLowerCase()}`] : []), ...(p.name ? [`name:${p.name.trim().toLowerCase().replace(/\s+/g, ' ')}`] : [])];
}

/** The participant with its name given name first, and the name as written when that changed it. */
function namedGivenFirst(p: Participant): { participant: Participant; nameAsWritten?: string } {
  const person = <T extends { name?: string }>(x: T | undefined): T | undefined => (x?.name ? { ...x, name: givenNameFirst(x.name) } : x);
  const name = p.name === undefined ? undefined : givenNameFirst(p.name);
  const participant = { ...p, name, supervisor: person(p.supervisor), mentor: person(p.mentor), coach: person(p.coach) };
  for (const key of ['name', 'supervisor', 'mentor', 'coach'] as const) if (participant[key] === undefined) delete participant[key];
  return name === p.name ? { participant } : { participant, nameAsWritten: p.name };
}

function mergeParticipants(roster: RosterEntry[], plannedAsWritten: Participant[], rosterFile?: string): CohortParticipant[] {
  const merged: CohortParticipant[] = roster.map((r) => {
    const { participant, nameAsWritten } = namedGivenFirst(r.participant);
    return { participant, origin: { rosterFile, rosterRow: r.row, rosterLine: r.line, ...(nameAsWritten ? { nameAsWritten } : {}) } };
  });
  const planned = plannedAsWritten.map((p) => namedGivenFirst(p).participant);
  const byIdentity = new Map<string, CohortParticipant>();
  for (const m of merged) for (const id of identity(m.participant)) byIdentity.set(id, m);
  planned.forEach((plan, yamlIndex) => {
    const match = identity(plan).map((id) => byIdentity.get(id)).find(Boolean);
    if (match) {
      match.participant = mergeRecord(match.participant, plan);
      match.origin.yamlIndex = yamlIndex;
    } else {
      const written = plannedAsWritten[yamlIndex]!.name;
      merged.push({ participant: plan, origin: { yamlIndex, ...(written !== plan.name ? { nameAsWritten: written } : {}) } });
    }
  });
  return merged;
}

/** The plan's answers win over the roster's; nested records (mentor, coach, supervisor) merge key by key. */
function mergeRecord(base: Participant, plan: Participant): Participant {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(plan)) {
    const prior = out[key];
    out[key] =
      value && prior && typeof value === 'object' && typeof prior === 'object' && !Array.isArray(value)
        ? { ...(prior as object), ...(value as object) }
        : value;
  }
  return out as Participant;
}
