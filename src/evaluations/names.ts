// People's names as forms and rosters write them, compared loosely: case, spacing, accents' composition and
// "Last, First" order do not make two people.
export function nameKey(name: string): string {
  let n = name.normalize('NFC').trim().replace(/\s+/g, ' ');
  const comma = /^([^,]+),\s*(.+)$/.exec(n);
  if (comma) n = `${comma[2]} ${comma[1]}`;
  return n.toLowerCase();
}

/** "Rivera, Daniela M." → "Daniela M. Rivera", as the documents print names. */
export function displayName(name: string): string {
  const n = name.trim().replace(/\s+/g, ' ');
  const comma = /^([^,]+),\s*(.+)$/.exec(n);
  return comma ? `${comma[2]} ${comma[1]}` : n;
}
