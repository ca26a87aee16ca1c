// The Executive Core Qualifications, as data (schemas/ecqs.yaml): the 2025 set and the legacy set.
import { join } from 'node:path';
import { parse } from 'yaml';
import { readTextFile } from '../model/text-file.js';
import { schemaDir } from '../paths.js';

export interface EcqSet {
  id: string;
  title: string;
  effective: string | null;
  source: string;
  qualifications: { id: string; name: string }[];
}

let sets: EcqSet[] | undefined;

export function ecqSets(): EcqSet[] {
  sets ??= (parse(readTextFile(join(schemaDir, 'ecqs.yaml'), 'ECQ list')) as { sets: EcqSet[] }).sets;
  return sets;
}

export function ecqSet(id: string | undefined): EcqSet | undefined {
  return id ? ecqSets().find((s) => s.id === id) : undefined;
}
