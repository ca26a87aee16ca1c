// Section 508 / WCAG 2.1 AA: axe-core runs on every screen of the page (the start screen, each of the wizard's
// sections for a new program and for the example, a section showing errors, the review, documents with a preview
// open, a cohort with its findings, the rules), and the test fails on any serious or critical violation. Then the
// page at 200% zoom and in forced-colours mode, and a new program completed with the keyboard alone.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { formatPath, type Segment } from '../../src/model/data-path.js';
import { SECTIONS } from '../../src/wizard/sections/index.js';
import { repoRoot } from '../support/cli.js';
import { browserAvailable, findingsSummary, foreignRequests, sharedBrowser, openPage, openProgram } from './support/page.js';

const run = browserAvailable();
vi.setConfig({ testTimeout: 600_000 });
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 90_000, interval: 100 });
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const DFI = join(repoRoot, 'examples', 'dfi', 'sescdp.yaml');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** axe-core's serious and critical WCAG 2.1 A/AA violations on the page as it is now. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the browser's debugging protocol, which the page's CSP does not govern (a <script> would be refused).
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, iframes: false });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')} ${n.failureSummary ?? ''}`).join('\n')}`);
}

async function screen(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => (location.hash = h), hash);
  await poll(async () => page.evaluate(() => document.activeElement?.id)).toBe('screen-title');
}

describe.runIf(run)('accessibility of the page', () => {
  const browser = sharedBrowser();

  it('has no serious or critical WCAG 2.1 A/AA violation on any screen', async () => {
    const { page, context } = await openPage(browser());
    const found: string[] = [];
    const check = async (where: string) => found.push(...(await axeViolations(page)).map((v) => `${where}: ${v}`));
    await check('start');

    await page.getByRole('button', { name: 'Start a new program' }).click();
    for (const s of SECTIONS) {
      await screen(page, `#/section/${s.id}`);
      await check(`new program, ${s.id}`);
    }
    // Errors shown by a field: visited and left empty, and a value that breaks a must.
    await screen(page, '#/section/agency');
    await page.getByLabel("What is the agency's full name?").focus();
    await page.getByLabel('Its acronym (used in file names and headers)').focus();
    await screen(page, '#/section/training');
    await page.getByLabel('Hours of formal training per participant').fill('80');
    await poll(async () => page.getByLabel('Hours of formal training per participant').getAttribute('aria-invalid')).toBe('true');
    await check('errors shown, training');

    await openProgram(page, DFI);
    for (const s of SECTIONS) {
      await screen(page, `#/section/${s.id}`);
      await check(`example, ${s.id}`);
    }
    for (const hash of ['#/review', '#/rules', '#/documents']) {
      await screen(page, hash);
      await check(hash);
    }
    await page.getByRole('button', { name: 'Preview PDF of the Policy' }).click();
    await poll(async () => page.locator('.preview iframe').count()).toBe(1);
    await check('documents, with a preview');
    await screen(page, '#/cohort');
    await page.getByRole('button', { name: /Use the example cohort/ }).click();
    await poll(async () => page.locator('#cohort-findings-title').count()).toBe(1);
    await check('cohort');

    expect(found).toEqual([]);
    await context.close();
  });

  it('reflows at 200% zoom (a 640-pixel-wide window) and keeps working in forced-colours mode', async () => {
    const watch = await openPage(browser(), { viewport: { width: 640, height: 900 } });
    const { page } = watch;
    await openProgram(page, DFI);
    await screen(page, '#/section/training');
    // Nothing scrolls sideways: everything fits the width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await page.emulateMedia({ forcedColors: 'active' });
    await page.getByLabel('Hours of formal training per participant').fill('80');
    await poll(async () => page.locator('.question.invalid').count()).toBeGreaterThan(0);
    // Severity is said in words, not colour alone.
    await poll(async () => page.locator('.question.invalid .messages').first().innerText()).toMatch(/^✖ Error/);
    expect(await axeViolations(page)).toEqual([]);
    await watch.context.close();
  });

  it('completes a new program with the keyboard alone', async () => {
    const example = parse(readFileSync(DFI, 'utf8')) as unknown;
    const answers = leafAnswers(example);
    const watch = await openPage(browser());
    const { page } = watch;
    const focused = () => page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return { id: el?.id ?? '', tag: el?.tagName ?? '', type: el?.type ?? '', value: el?.value ?? '', text: (el?.textContent ?? '').trim(), klass: el?.className ?? '' };
    });
    /** Tabs until the focused element matches, at most `limit` times. */
    const tabTo = async (match: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 400) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        if (match(await focused())) return true;
      }
      return false;
    };

    expect(await tabTo((f) => f.text === 'Start a new program' && f.tag === 'BUTTON')).toBe(true);
    await page.keyboard.press('Enter');
    for (const section of SECTIONS) {
      await poll(async () => page.locator('#screen-title').innerText()).toContain(section.title);
      await poll(async () => (await focused()).id).toBe('screen-title');
      // Enter through the defaults, as in the terminal.
      if (await page.getByRole('button', { name: /Fill in the suggested answers/ }).count()) {
        expect(await tabTo((f) => f.text.startsWith('Fill in the suggested answers'))).toBe(true);
        await page.keyboard.press('Enter');
        await page.locator('#screen-title').focus(); // where the user was; the button is gone now
      }
      // Then every field in order: type what the example agency answered where the field is empty.
      for (let i = 0; i < 300; i++) {
        await page.keyboard.press('Tab');
        const f = await focused();
        if (f.tag === 'A' && f.text.startsWith('Next:')) break;
        const answer = answers.get(f.id);
        if (answer !== undefined && f.value === '' && (f.tag === 'TEXTAREA' || ['text', 'email', 'date'].includes(f.type))) {
          await page.keyboard.type(f.type === 'date' ? usDateKeys(answer) : answer);
        } else if (f.tag === 'BUTTON' && /^Add an? /.test(f.text) && f.text !== 'Add an agency topic') {
          const list = page.locator('fieldset.list', { has: page.locator(':focus') });
          if ((await list.locator('fieldset.item').count()) === 0) await page.keyboard.press('Enter');
        }
      }
      await page.keyboard.press('Enter');
    }
    await poll(async () => page.locator('#screen-title').innerText()).toBe('Review all sections');
    await poll(async () => findingsSummary(page)).toMatch(/^0 errors/);
    expect(foreignRequests(watch)).toEqual([]);
    expect(watch.errors).toEqual([]);
    await watch.context.close();
  });
});

/** Every text, number and date the example answers, by the page's field id for its path. */
function leafAnswers(data: unknown, path: Segment[] = [], out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(data)) data.forEach((v, i) => leafAnswers(v, [...path, i], out));
  else if (data !== null && typeof data === 'object') for (const [k, v] of Object.entries(data)) leafAnswers(v, [...path, k], out);
  else if (typeof data === 'string' || typeof data === 'number') out.set(`f-${formatPath(path).replace(/[^A-Za-z0-9]+/g, '-')}`, String(data));
  return out;
}

/** What to type into a date field in an en-US browser: month, day, year. */
function usDateKeys(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${m}${d}${y}`;
}
