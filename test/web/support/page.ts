// Drives the real page (dist/web/sescdp.html, built by `npm run build`) in Debian's Chromium through playwright-core:
// never a downloaded browser. The network is cut twice: Playwright aborts every request that is not the page file
// itself, and the page's own Content-Security-Policy forbids them; each page records what it asked for and every
// CSP violation, so a test can assert there was none. With CI set a missing Chromium fails the run; locally the
// browser tests skip with a loud message.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Download, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { packageRoot } from '../../../src/paths.js';

export const PAGE_FILE = join(packageRoot, 'dist', 'web', 'sescdp.html');
export const PAGE_URL = pathToFileURL(PAGE_FILE).href;
const CHROMIUM = process.env.SESCDP_CHROMIUM ?? '/usr/bin/chromium';

/** The flags that keep Chromium from reaching anything on its own (updates, sync, field trials...). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function browserAvailable(): boolean {
  const ok = existsSync(CHROMIUM) && !spawnSync(CHROMIUM, ['--version'], { stdio: 'ignore' }).error && existsSync(PAGE_FILE);
  if (ok) return true;
  const message = !existsSync(PAGE_FILE) ? `${PAGE_FILE} is missing (npm run build writes it)` : `Chromium is missing at ${CHROMIUM} (apt-get install chromium)`;
  if (process.env.CI) throw new Error(`browser tests cannot run: ${message}`);
  console.warn(`\n${'!'.repeat(78)}\n!! SKIPPING browser tests: ${message}\n${'!'.repeat(78)}\n`);
  return false;
}

/** Headless Chromium; Playwright gives each launch a fresh temporary --user-data-dir. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** One browser for the test file (call inside its describe): started before the tests, closed after them. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

export interface PageWatch {
  page: Page;
  context: BrowserContext;
  /** Every URL the page asked for (the page file, and blob: URLs it made itself). */
  requests: string[];
  /** CSP violations the page reported ("directive blockedURI"). */
  violations(): Promise<string[]>;
  /** Uncaught errors in the page. */
  errors: string[];
  dialogs: string[];
}

/** A new context (its own storage) and page, network cut, opened on the page. */
export async function openPage(browser: Browser, options: { viewport?: { width: number; height: number }; init?: () => void } = {}): Promise<PageWatch> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1400, height: 1000 }, acceptDownloads: true, locale: 'en-US', timezoneId: 'America/New_York' });
  await context.route('**/*', (route) => (route.request().url() === PAGE_URL ? route.continue() : route.abort('blockedbyclient')));
  const page = await context.newPage();
  const watch: PageWatch = { page, context, requests: [], errors: [], dialogs: [], violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations ?? []) };
  page.on('request', (r) => watch.requests.push(r.url()));
  page.on('pageerror', (e) => watch.errors.push(e.message));
  page.on('dialog', (d) => {
    watch.dialogs.push(d.message());
    void d.dismiss();
  });
  await context.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  if (options.init) await context.addInitScript(options.init);
  await page.goto(PAGE_URL);
  await page.locator('#screen-title').waitFor();
  return watch;
}

/** Requests that are neither the page file nor a blob: URL the page made (its writer workers, its downloads). */
export function foreignRequests(watch: PageWatch): string[] {
  return watch.requests.filter((u) => u !== PAGE_URL && !u.startsWith('blob:'));
}

/** Opens a file through the "Open program file" input. */
export async function openProgram(page: Page, file: string, name = file.split('/').pop()!): Promise<void> {
  await page.getByLabel('Open program file').first().setInputFiles({ name, mimeType: 'application/yaml', buffer: readFileSync(file) });
}

export async function setAsOf(page: Page, date: string): Promise<void> {
  await page.getByLabel('As of').fill(date);
}

/** Clicks what starts a download and returns the downloaded file's name and bytes. */
export async function downloaded(page: Page, start: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), start()]);
  return { name: download.suggestedFilename(), bytes: await bytesOf(download) };
}

async function bytesOf(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path);
}

/** The Findings region's summary line, e.g. "0 errors, 0 warnings, 1 note (nprm-2025, as of 2026-11-22)". */
export async function findingsSummary(page: Page): Promise<string> {
  return (await page.getByRole('region', { name: 'Findings' }).locator('.summary').innerText()).replace(/^[✔✖]\s*/, '').trim();
}

/** Drops a file on the page, as dragging it from the desktop does. */
export async function dropFile(page: Page, file: string, name = file.split('/').pop()!): Promise<void> {
  const text = readFileSync(file, 'utf8');
  const transfer = await page.evaluateHandle(
    ([content, fileName]) => {
      const data = new DataTransfer();
      data.items.add(new File([content], fileName, { type: 'application/yaml' }));
      return data;
    },
    [text, name] as const,
  );
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
}
