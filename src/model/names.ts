// People's names print given name first wherever they come from: a roster's "Rivera, Daniela M." is Daniela M. Rivera.

/** What may follow a comma in a given-name-first name: "Ana Ruiz, Jr.", "Lee Park, PhD". */
const SUFFIX = /^(jr|sr|ii|iii|iv|v|phd|ph\.d|md|esq|cpa|pmp)\.?$/i;

/** "Rivera, Daniela M." → "Daniela M. Rivera"; a name already given-name first, or with a suffix, is unchanged. */
export function givenNameFirst(name: string): string {
  const m = /^\s*([^,]+?)\s*,\s*([^,]+?)\s*$/.exec(name);
  if (!m || SUFFIX.test(m[2]!)) return name;
  return `${m[2]} ${m[1]}`;
}
