import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';

describe('status', () => {
  it('shows the re-approval due date and each cohort\'s deadlines', () => {
    const r = runCli(['status', 'examples/dfi/sescdp.yaml', '--as-of', '2026-11-22', '--format', 'json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.reapproval).toMatchObject({ lastApprovalDate: '2024-06-10', due: '2027-06-10', daysLeft: 200, overdue: false, citation: '5 CFR 412.301(c)' });
    expect(s.cohorts.map((c: { id: string; state: string; qrbDeadline: string }) => [c.id, c.state, c.qrbDeadline])).toEqual([
      ['BHB-2024', 'complete', '2025-11-24'],
      ['BWS-2025', 'awaiting-qrb-submission', '2026-12-14'], // graduation September 25, 2026 + 80 days
      ['BHB-2027', 'planned', '2028-01-17'],
    ]);
    expect(s.overdue).toEqual([]);
  });

  it('flags an overdue QRB submission and re-approval', () => {
    const r = runCli(['status', 'examples/dfi/sescdp.yaml', '--as-of', '2027-06-11']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('due June 10, 2027, 1 day ago — OVERDUE');
    expect(r.stdout).toMatch(/BWS-2025\s+BWS\s+2025-10-06\s+2026-09-25\s+2026-12-14\s+QRB submission overdue\s+179 days ago/);
    expect(r.stdout).toContain('cohort BWS-2025: QRB submission was due 2026-12-14');
  });

  it('is due on the anniversary itself, and overdue only from the day after', () => {
    const due = runCli(['status', 'examples/dfi/sescdp.yaml', '--as-of', '2027-06-10', '--format', 'json']);
    expect(JSON.parse(due.stdout).reapproval).toMatchObject({ due: '2027-06-10', daysLeft: 0, overdue: false });
    expect(runCli(['status', 'examples/dfi/sescdp.yaml', '--as-of', '2027-06-10']).stdout).toContain('due June 10, 2027, today (last approved');
    const late = runCli(['status', 'examples/dfi/sescdp.yaml', '--as-of', '2027-06-11', '--format', 'json']);
    expect(JSON.parse(late.stdout).reapproval).toMatchObject({ daysLeft: -1, overdue: true });
  });

  it('says a first submission awaits its first approval', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sescdp-status-'));
    try {
      const file = join(dir, 'sescdp.yaml');
      writeFileSync(file, 'agency:\n  name: Department of Example Affairs\napproval:\n  submissionType: initial\n');
      const r = runCli(['status', file, '--as-of', '2026-11-22']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Approval: awaiting first approval by OPM');
      expect(r.stdout).not.toContain('no last approval date');
      expect(JSON.parse(runCli(['status', file, '--as-of', '2026-11-22', '--format', 'json']).stdout).reapproval.state).toBe('awaiting-first-approval');
      writeFileSync(file, 'approval:\n  submissionType: reapproval\n');
      expect(runCli(['status', file, '--as-of', '2026-11-22']).stdout).toContain('Re-approval: the program file has no last approval date (approval.lastApprovalDate)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('uses the 2009 rule\'s five years when asked', () => {
    const r = runCli(['status', 'examples/legacy/sescdp.yaml', '--as-of', '2026-11-22', '--ruleset', 'cfr-2009']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Re-approval (5 CFR 412.301(b)): due March 15, 2027, in 113 days');
  });
});
