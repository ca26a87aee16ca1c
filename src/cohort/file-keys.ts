// Each participant's part of a file name: an ASCII slug of the name ("Nguyễn Thị Ánh" → nguyen-thi-anh), else of
// the email's local part (a name in a script with no Latin letters), else participant-<n>. Keys are unique within
// the cohort, so two participants whose names fold to the same slug never overwrite each other's files: the later
// one, in cohort order, gets -2, -3 ... (cohort order is the roster's, then the cohort file's, so keys are stable).
import { slug } from '../documents/file-names.js';
import { sha256 } from '../platform/sha256.js';
import type { Participant } from '../model/participant.js';

/** documents/file-names.ts cuts slugs at this length; a key must stay a fixed point of slug(). */
const MAX = 60;

function baseKey(p: Participant, n: number): string {
  return slug(p.name ?? '') || slug(p.email?.split('@')[0] ?? '') || `participant-${n}`;
}

export function participantFileKeys(participants: readonly Participant[]): string[] {
  const taken = new Set<string>();
  return participants.map((p, i) => {
    const base = baseKey(p, i + 1);
    let key = base;
    for (let k = 2; taken.has(key); k++) key = `${base.slice(0, MAX - `-${k}`.length).replace(/-+$/, '')}-${k}`;
    taken.add(key);
    return key;
  });
}

/**
 * A cohort's part of its folder name. Ids are told apart up to letter case (folders on Windows and macOS ignore case
 * anyway, so "BHB-2027" and "bhb-2027" name one cohort). When the ASCII slug loses more than case ("BHB 2027" and
 * "bhb_2027" both slug to bhb-2027; "..", "" and "二〇二七" slug to nothing), a short hash of the id keeps distinct ids
 * in distinct folders; the same id always gives the same key, so re-running a cohort replaces its own folder.
 */
export function cohortFolderKey(id: string): string {
  const safe = slug(id);
  if (safe !== '' && safe === id.toLowerCase()) return safe;
  const hash = sha256(id.normalize('NFC').toLowerCase()).slice(0, 8);
  return safe ? `${safe}-${hash}` : hash;
}
