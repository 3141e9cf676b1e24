// How the audit judges electronegativity's findings (tests/audit/findings.ts).
import { describe, expect, it } from 'vitest';
import { judgeFindings, type Finding } from './findings';
import { REVIEWED_FINDINGS, type ReviewedFinding } from './reviewed-findings';

const finding = (overrides: Partial<Finding>): Finding => ({
  check: 'SANDBOX_JS_CHECK',
  severity: 'MEDIUM',
  confidence: 'FIRM',
  file: 'electron/main/index.ts',
  line: 10,
  sample: 'window = new BrowserWindow(windowOptions(preload, bounds));',
  description: 'Use sandbox for untrusted origins',
  ...overrides,
});

const reviewed: ReviewedFinding = { check: 'SANDBOX_JS_CHECK', file: 'electron/main/index.ts', line: /new BrowserWindow\(windowOptions\(/, reason: 'tested' };

describe('judgeFindings', () => {
  it('fails on HIGH and MEDIUM findings nobody reviewed', () => {
    const high = finding({ check: 'NODE_INTEGRATION_JS_CHECK', severity: 'HIGH' });
    const medium = finding({ check: 'CSP_GLOBAL_CHECK', file: 'N/A', sample: '' });
    expect(judgeFindings([high, medium], []).blocking).toEqual([high, medium]);
  });

  it('keeps LOW and informational findings as notes', () => {
    const low = finding({ severity: 'LOW' });
    const info = finding({ severity: 'INFORMATIONAL' });
    expect(judgeFindings([low, info], [])).toEqual({ blocking: [], reviewed: [], notes: [low, info], stale: [] });
  });

  it('accepts a reviewed finding only for the same check, file and source line', () => {
    const matching = finding({});
    expect(judgeFindings([matching], [reviewed])).toMatchObject({ blocking: [], reviewed: [{ finding: matching, reason: 'tested' }], stale: [] });

    const otherCheck = finding({ check: 'CONTEXT_ISOLATION_JS_CHECK', severity: 'HIGH' });
    const otherFile = finding({ file: 'electron/main/other.ts' });
    const otherLine = finding({ sample: 'new BrowserWindow({ webPreferences: { sandbox: false } })' });
    expect(judgeFindings([otherCheck, otherFile, otherLine, matching], [reviewed]).blocking).toEqual([otherCheck, otherFile, otherLine]);
  });

  it('reports a reviewed entry that no finding matches any more', () => {
    expect(judgeFindings([], [reviewed]).stale).toEqual([reviewed]);
  });
});

describe('the reviewed findings', () => {
  it('each name a check, a file, a line pattern and a reason', () => {
    for (const entry of REVIEWED_FINDINGS) {
      expect(entry.check).toMatch(/^[A-Z_]+_CHECK$/);
      expect(entry.file).toMatch(/^(electron|renderer)\//);
      expect(entry.reason.length).toBeGreaterThan(40);
    }
  });
});
