// Which rule set a program file names: its `ruleset:` key, or, in a file `sescdp init` wrote before that key
// existed, the `ruleset=` of the wizard's header comment (`# sescdp-wizard: ruleset=cfr-2009 reached=...`).
import type { Program } from './program.js';

const LEGACY_MARKER = /^#\s*sescdp-wizard:.*?\bruleset=(\S+)/;

export function declaredRuleset(program: Program, text: string): string | undefined {
  return program.ruleset ?? legacyRuleset(text);
}

/** The header comment's rule set: only comment lines before the first key count. */
export function legacyRuleset(text: string): string | undefined {
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed === '---') continue;
    if (!trimmed.startsWith('#')) return undefined;
    const match = LEGACY_MARKER.exec(trimmed);
    if (match) return match[1];
  }
  return undefined;
}
