// People's names as forms and rosters write them, compared loosely: case, spacing, accents' composition and
// "Last, First" order do not make two people. The order rule is the documents' own (model/names.ts).
import { givenNameFirst } from '../model/names.js';

export function nameKey(name: string): string {
  return displayName(name.normalize('NFC')).toLowerCase();
}

/** "Rivera, Daniela M." → "Daniela M. Rivera", as the documents print names; "Ana Ruiz, Jr." stays as it is. */
export function displayName(name: string): string {
  return givenNameFirst(name.trim().replace(/\s+/g, ' '));
}
