// The bench's table in docs/performance.md (tests/bench/docs-table.ts): a metric run replaces its row, the others
// stay, and a text without the table gets one.
import { describe, expect, it } from 'vitest';

import { TABLE_END, TABLE_START, updateBenchTable } from './docs-table';

const load = { average: 6.5, cores: 2 };

describe('the generated bench table', () => {
  it('is added at the end of a text without one', () => {
    const text = updateBenchTable('# Performance\n\nProse.\n', [
      { name: 'ui.blockedDuringImport', result: { max_ms: 31.2, probes: 40 }, target: 'max ≤ 50 ms', load },
    ]);
    expect(text.startsWith('# Performance\n\nProse.\n\n')).toBe(true);
    expect(text).toContain(TABLE_START);
    expect(text).toMatch(/\| `ui\.blockedDuringImport` \| max_ms=31\.2 probes=40 \| max ≤ 50 ms\s*\| 6\.5 on 2 cores\s*\|/);
    expect(text.trimEnd().endsWith(TABLE_END)).toBe(true);
  });

  it('replaces the row of a metric run again and keeps the others, sorted by name', () => {
    const first = updateBenchTable('# P\n', [
      { name: 'db.save', result: { median_ms: 0.8, p95_ms: 1.1, runs: 100 }, target: '≤ 1 ms', load },
      { name: 'cli.start', result: { median_ms: 170, p95_ms: 200, runs: 20 }, target: '≤ 250 ms', load },
    ]);
    const second = updateBenchTable(`${first}\nAfter the table.\n`, [
      { name: 'db.save', result: { median_ms: 0.7, p95_ms: 0.9, runs: 100 }, target: '≤ 1 ms', load: { average: 1, cores: 2 } },
    ]);
    expect(second).toContain('median_ms=0.7 p95_ms=0.9 runs=100');
    expect(second).not.toContain('median_ms=0.8');
    expect(second).toContain('median_ms=170');
    expect(second.indexOf('`cli.start`')).toBeLessThan(second.indexOf('`db.save`'));
    expect(second).toContain('After the table.');
    expect(second.split(TABLE_START)).toHaveLength(2);
  });
});
