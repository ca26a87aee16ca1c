// Colour follows the conventions (NO_COLOR, FORCE_COLOR, --color / --no-color), and tables line up by display width.
import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { renderTable } from '../../src/cli/table.js';
import { runCli } from '../support/cli.js';

const LEGACY = ['validate', 'examples/legacy/sescdp.yaml', '--as-of', '2026-11-22'];
const RED = '\u001b[31m';

describe('colour', () => {
  it.each([
    ['NO_COLOR set', { NO_COLOR: '1' }, [], false],
    ['FORCE_COLOR set (not a terminal)', { NO_COLOR: '', FORCE_COLOR: '1' }, [], true],
    ['FORCE_COLOR=0', { NO_COLOR: '', FORCE_COLOR: '0' }, [], false],
    ['--no-color beats FORCE_COLOR', { NO_COLOR: '', FORCE_COLOR: '1' }, ['--no-color'], false],
    ['--color beats NO_COLOR', { NO_COLOR: '1' }, ['--color'], true],
    ['neither, and not a terminal', { NO_COLOR: '' }, [], false],
  ])('%s', (_, env, flags, coloured) => {
    const r = runCli([...LEGACY, ...flags], { env: { FORCE_COLOR: '', ...env } as Record<string, string> });
    expect(r.code).toBe(1);
    expect(r.stdout.includes(RED)).toBe(coloured);
    expect(r.stdout).toContain('training-hours');
  });
});

describe('tables', () => {
  it('line up wide characters and emoji by the columns they take on screen', () => {
    const table = renderTable([{ header: 'Cohort' }, { header: 'Subcomponent' }, { header: 'State' }], [
      ['東京-2027', '港湾局', 'planned'],
      ['🚢 PORTS', 'BP', 'in progress'],
      ['Café-1', 'BX', 'complete'],
    ], 100);
    const lines = table.split('\n');
    const stateColumn = lines.filter((_, i) => i !== 1).map((l) => stringWidth(l.slice(0, l.search(/planned|in progress|complete|State/))));
    expect(stateColumn).toEqual([25, 25, 25, 25]); // 東京-2027 takes 9 columns, 港湾局 6, 🚢 2
    expect(lines[1]).toMatch(/^-+ {2}-+ {2}-+$/);
  });

  it('wraps a long word of wide characters within its column', () => {
    const table = renderTable([{ header: 'Name', max: 8 }, { header: 'x' }], [['東京都港湾局東京都港湾局', 'y']], 60);
    for (const line of table.split('\n').slice(2)) expect(stringWidth(line.split('  ')[0]!)).toBeLessThanOrEqual(8);
  });
});
