// The example agency's files (examples/dfi), inlined in the page so a new user can try every screen at once.
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import { readText } from '../platform/files.js';
import type { OpenedFile } from './work.js';

function example(name: string): OpenedFile {
  return { name, text: readText(join(packageRoot, 'examples', 'dfi', name)) };
}

export const exampleProgram = (): OpenedFile => example('sescdp.yaml');
export const exampleCohort = (): OpenedFile => example('cohort-bhb-2027.yaml');
export const exampleRoster = (): OpenedFile => example('roster-bhb-2027.csv');
export const exampleParticipant = (): OpenedFile => example('participant.yaml');
