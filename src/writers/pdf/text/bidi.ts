// Right-to-left text inside left-to-right documents. The font engine already draws each Hebrew or Arabic word
// right to left (and shapes Arabic); what remains is word order: a run of RTL words on a line is shown in
// reverse, as the Unicode bidi algorithm does for an RTL run in an LTR paragraph. Numbers and punctuation
// between RTL words belong to the run. (Explicit embedding controls are not interpreted.)

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
const LTR = /[\p{L}\p{M}]/u;

export type Direction = 'rtl' | 'ltr' | 'neutral';

export function directionOf(text: string): Direction {
  if (RTL.test(text)) {
    // A word is RTL when its letters are; Latin letters make it LTR (mixed words stay as typed).
    for (const ch of text) if (LTR.test(ch) && !RTL.test(ch)) return 'ltr';
    return 'rtl';
  }
  return LTR.test(text) ? 'ltr' : 'neutral';
}

/**
 * Reorder a line's units into visual order: each maximal run that starts and ends with an RTL unit and
 * holds no LTR unit is reversed. Applying it twice gives the original order.
 */
export function visualOrder<T>(units: readonly T[], direction: (unit: T) => Direction): T[] {
  const out = [...units];
  const dirs = units.map(direction);
  let i = 0;
  while (i < out.length) {
    if (dirs[i] !== 'rtl') {
      i++;
      continue;
    }
    let end = i;
    for (let j = i + 1; j < out.length && dirs[j] !== 'ltr'; j++) if (dirs[j] === 'rtl') end = j;
    const run = out.slice(i, end + 1).reverse();
    out.splice(i, run.length, ...run);
    i = end + 1;
  }
  return out;
}
