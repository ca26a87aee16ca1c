// List markers, labels and nesting. Labels are decided here so both writers print the same markers.

import type { List } from '../model.js';

export const MAX_LIST_DEPTH = 2; // three levels: 0, 1, 2

const BULLETS = ['•', '◦', '▪'] as const;

export interface ListMarker {
  indent: number;
  ordered: boolean;
  number: number;
  /** Raw inline markup after the marker. */
  text: string;
}

/** `- item`, `* item`, `3. item` or `3) item`, with leading spaces giving the nesting. */
export function readListMarker(line: string): ListMarker | undefined {
  const m = /^( *)(?:([-*])|(\d{1,9})[.)])( +|$)(.*)$/.exec(line);
  if (!m) return undefined;
  return {
    indent: m[1]!.length,
    ordered: m[3] !== undefined,
    number: m[3] === undefined ? 1 : Number(m[3]),
    text: m[5]!,
  };
}

function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
    [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
  ];
  let out = '';
  for (const [value, numeral] of table) {
    while (n >= value) {
      out += numeral;
      n -= value;
    }
  }
  return out;
}

function toAlpha(n: number): string {
  let out = '';
  while (n > 0) {
    n--;
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26);
  }
  return out;
}

/** The marker printed for item `index` (0-based) of a list: 1. / a. / i. by depth, or a bullet. */
export function listLabel(list: Pick<List, 'ordered' | 'depth' | 'start'>, index: number): string {
  if (!list.ordered) return BULLETS[list.depth % BULLETS.length]!;
  const n = list.start + index;
  switch (list.depth % 3) {
    case 0:
      return `${n}.`;
    case 1:
      return `${toAlpha(n)}.`;
    default:
      return `${toRoman(n)}.`;
  }
}

/** The Word number format matching listLabel for a depth (used by the DOCX numbering definitions). */
export function wordNumberFormat(ordered: boolean, depth: number): { format: 'decimal' | 'lowerLetter' | 'lowerRoman' | 'bullet'; text: string } {
  if (!ordered) return { format: 'bullet', text: BULLETS[depth % BULLETS.length]! };
  const level = `%${depth + 1}.`;
  return { format: (['decimal', 'lowerLetter', 'lowerRoman'] as const)[depth % 3]!, text: level };
}
