// The browser edition, driven in real Chromium with the network cut: it opens the examples and reports what
// `sescdp validate` reports, judges an answer as it is typed, writes the very bytes the command line writes, keeps
// the work across a reload, and runs no script from a hostile program file.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { repoRoot, runCli } from '../support/cli.js';
import { browserAvailable, downloaded, dropFile, findingsSummary, foreignRequests, sharedBrowser, openPage, openProgram, PAGE_FILE, setAsOf } from './support/page.js';

const AS_OF = '2026-11-22';
const DFI = join(repoRoot, 'examples', 'dfi', 'sescdp.yaml');
const LEGACY = join(repoRoot, 'examples', 'legacy', 'sescdp.yaml');
const run = browserAvailable();
// Writing documents in a loaded machine's browser can take a while; a poll waits for it.
vi.setConfig({ testTimeout: 300_000 });
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 90_000, interval: 100 });

function tempDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `sescdp-web-${name}-`));
}

/** What `sescdp validate --format json` says, as the page's summary line words it. */
function cliSummary(file: string, ruleset = 'nprm-2025'): string {
  const out = JSON.parse(runCli(['validate', file, '--format', 'json', '--as-of', AS_OF, '--ruleset', ruleset]).stdout) as { findings: { severity: string }[] };
  const n = (s: string) => out.findings.filter((f) => f.severity === s).length;
  const words = (k: number, w: string) => `${k} ${k === 1 ? w : `${w}s`}`;
  return `${words(n('error'), 'error')}, ${words(n('warning'), 'warning')}, ${words(n('info'), 'note')} (${ruleset}, as of ${AS_OF})`;
}

describe.runIf(run)('the browser page', () => {
  const browser = sharedBrowser();

  it('forbids every network request, eval and any script it did not bring, in its own Content-Security-Policy', async () => {
    const html = readFileSync(PAGE_FILE, 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|connect-src|https?:/);
    expect(html.length).toBeLessThan(15 * 1024 * 1024);

    const watch = await openPage(browser());
    const blocked = await watch.page.evaluate(async () => {
      const tries = [fetch('https://example.com/').then(() => 'fetched', () => 'blocked'), new Promise((resolve) => {
        const img = new Image();
        img.onload = () => resolve('loaded');
        img.onerror = () => resolve('blocked');
        img.src = 'https://example.com/pixel.png';
      })];
      return Promise.all(tries);
    });
    expect(blocked).toEqual(['blocked', 'blocked']);
    expect((await watch.violations()).join('\n')).toMatch(/connect-src[\s\S]*img-src/);
    // Only the test's own attempts went out of the page, and none of them got through.
    expect(foreignRequests(watch).every((u) => u.startsWith('https://example.com/'))).toBe(true);
    await watch.context.close();
  });

  it('opens each example and lists what `sescdp validate` finds, with nothing asked of the network', async () => {
    const watch = await openPage(browser());
    const { page } = watch;
    await openProgram(page, DFI);
    await setAsOf(page, AS_OF);
    await poll(async () => findingsSummary(page)).toBe(cliSummary(DFI));
    await page.getByRole('link', { name: /^13\. Approval history/ }).click();
    await poll(async () => page.locator('#screen-title').innerText()).toMatch(/Approval history/);

    // Dropped on the page, as from the desktop.
    await dropFile(page, LEGACY);
    await poll(async () => findingsSummary(page)).toBe(cliSummary(LEGACY));
    const region = page.getByRole('region', { name: 'Findings' });
    await poll(async () => region.locator('li.finding.error').count()).toBeGreaterThan(10);
    // A finding's field link opens its section and puts the cursor in the field.
    const training = region.locator('li.finding', { hasText: 'Formal training must last at least 100 hours' });
    await poll(async () => training.locator('a.citation').innerText()).toBe('5 CFR 412.302(c)(2)');
    await training.locator('a.field-link').click();
    await poll(async () => page.evaluate(() => document.activeElement?.id)).toBe('f-training-totalHours');

    await page.getByLabel('Rule set').selectOption('cfr-2009');
    await poll(async () => findingsSummary(page)).toMatch(/\(cfr-2009, as of/);
    expect(foreignRequests(watch)).toEqual([]);
    expect(await watch.violations()).toEqual([]);
    expect(watch.errors).toEqual([]);
    await watch.context.close();
  });

  it('judges an answer as it is typed: a must shows its error and citation by the field, and the finding comes and goes', async () => {
    const watch = await openPage(browser());
    const { page } = watch;
    await openProgram(page, DFI);
    await setAsOf(page, AS_OF);
    await page.getByRole('link', { name: /^7\. Formal training/ }).click();
    const hours = page.getByLabel('Hours of formal training per participant');
    const region = page.getByRole('region', { name: 'Findings' });
    await hours.fill('80');
    await poll(async () => hours.getAttribute('aria-invalid')).toBe('true');
    const described = (await hours.getAttribute('aria-describedby'))!.split(' ');
    const messages = page.locator(`#${described.find((d) => d.endsWith('-messages'))}`);
    await poll(async () => messages.innerText()).toMatch(/Error.*at least 100 hours.*80 hours.*5 CFR 412\.302\(c\)\(2\), proposed/s);
    await poll(async () => region.locator('li', { hasText: 'the program plans 80 hours' }).count()).toBe(1);
    await poll(async () => findingsSummary(page)).toMatch(/^1 error/);

    await hours.fill('120');
    await poll(async () => region.locator('li', { hasText: 'at least 100 hours' }).count()).toBe(0);
    expect(await hours.getAttribute('aria-invalid')).toBeNull();
    await hours.fill('12x');
    await poll(async () => messages.innerText()).toMatch(/Enter a number/);

    // A should warns and keeps the answer.
    await page.getByRole('link', { name: /^3\. Recruitment/ }).click();
    await page.getByRole('group', { name: /outside the agency/ }).getByLabel('No').check();
    await poll(async () => region.locator('li.warning', { hasText: 'outside the agency' }).count()).toBe(1);
    expect(watch.errors).toEqual([]);
    await watch.context.close();
  });

  it('downloads the package and every document with the very bytes the command line writes', async () => {
    const dir = tempDir('bytes');
    expect(runCli(['package', DFI, '--as-of', AS_OF, '--out', dir]).code).toBe(0);
    expect(runCli(['render', 'all', DFI, '--as-of', AS_OF, '--out', join(dir, 'render')]).code).toBe(0);
    const watch = await openPage(browser());
    const { page } = watch;
    await openProgram(page, DFI);
    await setAsOf(page, AS_OF);
    await page.getByRole('link', { name: 'Documents and package' }).first().click();

    const pack = await downloaded(page, () => page.getByRole('button', { name: 'Download package' }).click());
    expect(pack.name).toBe('DFI-sescdp-reapproval-2026-11-22.zip');
    expect(pack.bytes.equals(readFileSync(join(dir, pack.name)))).toBe(true);

    const expected = readdirSync(join(dir, 'render')).sort();
    const got: string[] = [];
    for (const row of await page.locator('table.documents tbody tr').all()) {
      for (const format of ['Word (DOCX)', 'PDF']) {
        const file = await downloaded(page, () => row.getByRole('button', { name: new RegExp(`^${format.replace(/[()]/g, '\\$&')}`) }).click());
        got.push(file.name);
        expect(file.bytes.equals(readFileSync(join(dir, 'render', file.name))), file.name).toBe(true);
      }
    }
    expect(got.sort()).toEqual(expected);
    expect(foreignRequests(watch)).toEqual([]);
    expect(await watch.violations()).toEqual([]);
    await watch.context.close();
  });

  it('downloads a draft package, as `sescdp package --draft` builds it, when the program has errors, and says so', async () => {
    const dir = tempDir('draft');
    const watch = await openPage(browser());
    const { page } = watch;
    await openProgram(page, DFI);
    await setAsOf(page, AS_OF);
    await page.getByRole('link', { name: /^7\. Formal training/ }).click();
    await page.getByLabel('Hours of formal training per participant').fill('80');
    await page.getByRole('link', { name: 'Documents and package' }).first().click();
    await poll(async () => page.locator('#package-state').innerText()).toMatch(/1 error.*draft/);
    const yaml = await downloaded(page, () => page.getByRole('button', { name: 'Save the program file' }).click());
    writeFileSync(join(dir, 'sescdp.yaml'), yaml.bytes);
    expect(yaml.bytes.toString()).toMatch(/totalHours: 80/);
    expect(yaml.bytes.toString()).toContain(readFileSync(DFI, 'utf8').split('\n').find((l) => l.startsWith('#')));

    const pack = await downloaded(page, () => page.getByRole('button', { name: 'Download package' }).click());
    expect(pack.name).toBe('DFI-sescdp-reapproval-2026-11-22-draft.zip');
    await poll(async () => page.locator('p.status').innerText()).toMatch(/DRAFT, because the program has 1 error/);
    expect(runCli(['package', join(dir, 'sescdp.yaml'), '--as-of', AS_OF, '--draft', '--out', join(dir, 'out')]).code).toBe(0);
    expect(pack.bytes.equals(readFileSync(join(dir, 'out', pack.name)))).toBe(true);
    await watch.context.close();
  });

  it("downloads a cohort's documents as the folder `sescdp cohort` writes, with the cohort's findings shown", async () => {
    const dir = tempDir('cohort');
    expect(runCli(['cohort', join(repoRoot, 'examples', 'dfi', 'cohort-bhb-2027.yaml'), '--as-of', AS_OF, '--out', dir]).code).toBe(0);
    const watch = await openPage(browser());
    const { page } = watch;
    await openProgram(page, DFI);
    await setAsOf(page, AS_OF);
    await page.getByRole('link', { name: 'Cohort documents' }).click();
    await page.getByLabel('Open cohort file').setInputFiles(join(repoRoot, 'examples', 'dfi', 'cohort-bhb-2027.yaml'));
    await poll(async () => page.locator('.warning-text').first().innerText()).toMatch(/names the roster roster-bhb-2027\.csv/);
    await page.getByLabel('Open roster CSV').setInputFiles(join(repoRoot, 'examples', 'dfi', 'roster-bhb-2027.csv'));
    await poll(async () => page.locator('#cohort-findings-title').innerText()).toMatch(/Cohort BHB-2027: 4 participants/);
    const zip = await downloaded(page, () => page.getByRole('button', { name: /Download the cohort's documents/ }).click());
    const folder = readdirSync(dir)[0]!;
    expect(zip.name).toBe(`${folder}.zip`);
    const entries = unzipSync(new Uint8Array(zip.bytes));
    const cli = readdirSync(join(dir, folder)).sort();
    expect(Object.keys(entries).map((e) => e.slice(folder.length + 1)).sort()).toEqual(cli);
    for (const file of cli) expect(Buffer.from(entries[`${folder}/${file}`]!).equals(readFileSync(join(dir, folder, file))), file).toBe(true);
    await watch.context.close();
  });

  it('keeps the work in the browser: a reload brings it back, and one click clears it', async () => {
    const watch = await openPage(browser());
    const { page } = watch;
    await openProgram(page, DFI);
    await page.getByRole('link', { name: /^1\. Agency and scope/ }).click();
    await page.getByLabel("What is the agency's full name?").fill('Department of Kept Work');
    await page.reload();
    await poll(async () => page.locator('.notice').innerText()).toMatch(/Your work on sescdp.yaml is back/);
    await page.getByRole('link', { name: /^1\. Agency and scope/ }).click();
    await poll(async () => page.getByLabel("What is the agency's full name?").inputValue()).toBe('Department of Kept Work');
    await page.getByRole('button', { name: 'Clear saved work' }).click();
    await page.reload();
    await poll(async () => page.locator('#screen-title').innerText()).toBe('Build your SES Candidate Development Program');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await watch.context.close();
  });

  it('opens a hostile program file as data: no script runs, its text shows as written', async () => {
    const dir = tempDir('hostile');
    const payload = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>`;
    const hostile = readFileSync(DFI, 'utf8')
      .replace(/name: Department of Federal Infrastructure/, `name: '${payload}'`)
      .replace(/acronym: DFI\b/, `acronym: '"><svg onload=window.__pwned=3>'`);
    writeFileSync(join(dir, 'sescdp.yaml'), hostile);
    writeFileSync(join(dir, 'bomb.yaml'), `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n`);
    const watch = await openPage(browser());
    const { page } = watch;
    await openProgram(page, join(dir, 'sescdp.yaml'));
    await poll(async () => page.locator('.review-section').first().innerText()).toContain(payload);
    await page.getByRole('link', { name: /^1\. Agency and scope/ }).click();
    await poll(async () => page.getByLabel("What is the agency's full name?").inputValue()).toBe(payload);
    await openProgram(page, join(dir, 'bomb.yaml'));
    await poll(async () => page.locator('.notice.error').innerText()).toMatch(/bomb\.yaml is not a program file/);
    await page.getByRole('link', { name: 'Documents and package' }).first().click();
    await page.getByRole('button', { name: 'Download package' }).click();
    await poll(async () => page.locator('p.status').innerText()).toMatch(/Downloaded/);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(3); // the page's own script and its two writer workers' blocks
    expect(watch.dialogs).toEqual([]);
    expect(await watch.violations()).toEqual([]);
    expect(foreignRequests(watch)).toEqual([]);
    await watch.context.close();
  });

  it('saves back into the opened file where the browser offers the File System Access API', async () => {
    const original = readFileSync(DFI, 'utf8');
    const watch = await openPage(browser(), {
      init: () => {
        const w = window as unknown as Record<string, unknown> & { __written: string[] };
        w.__written = [];
        w.showOpenFilePicker = async () => [
          {
            name: 'sescdp.yaml',
            getFile: async () => new File([(w as unknown as { __original: string }).__original], 'sescdp.yaml'),
            queryPermission: async () => 'granted',
            createWritable: async () => ({ write: async (text: string) => void w.__written.push(text), close: async () => undefined }),
          },
        ];
      },
    });
    const { page } = watch;
    await page.evaluate((text) => ((window as unknown as { __original: string }).__original = text), original);
    await page.getByLabel('Open program file').first().click();
    await page.getByRole('link', { name: /^1\. Agency and scope/ }).click();
    await page.getByLabel("What is the agency's full name?").fill('Department of Saved Work');
    await page.getByRole('button', { name: 'Save back to sescdp.yaml' }).click();
    const written = await page.evaluate(() => (window as unknown as { __written: string[] }).__written);
    expect(written).toHaveLength(1);
    expect(written[0]).toBe(original.replace('name: Department of Federal Infrastructure', 'name: Department of Saved Work'));
    await watch.context.close();
  });
});

