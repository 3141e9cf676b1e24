// `npm run bench [-- --json] [-- --write] [-- <metric-prefix>...]`: runs every metric in metrics/ and prints a table or
// one JSON object; --write also puts each result in the generated table of docs/performance.md (./docs-table.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

import { type MeasuredRow, updateBenchTable } from './docs-table';
import type { Metric, MetricResult } from './harness';

const args = process.argv.slice(2);
const json = args.includes('--json');
const write = args.includes('--write');
const PERFORMANCE_DOC = fileURLToPath(new URL('../../docs/performance.md', import.meta.url));
const filters = args.filter((a) => !a.startsWith('--'));
const folder = fileURLToPath(new URL('./metrics/', import.meta.url));

const metrics: Metric[] = [];
for (const file of (await readdir(folder)).filter((f) => f.endsWith('.ts')).sort()) {
  const module = (await import(new URL(`./metrics/${file}`, import.meta.url).href)) as { metrics: Metric[] };
  metrics.push(...module.metrics);
}

const results: Record<string, MetricResult> = {};
const rows: string[][] = [];
const measured: MeasuredRow[] = [];
for (const metric of metrics) {
  if (filters.length > 0 && !filters.some((f) => metric.name.startsWith(f))) continue;
  if (!json) process.stderr.write(`running ${metric.name}...\n`);
  const result = await metric.run();
  results[metric.name] = result;
  measured.push({ name: metric.name, result, target: metric.target, load: { average: loadavg()[0] ?? 0, cores: availableParallelism() } });
  const shown = Object.entries(result)
    .map(([k, v]) => `${k}=${v}`)
    .join('  ');
  rows.push([metric.name, shown, metric.target]);
}

if (json) {
  process.stdout.write(`${JSON.stringify(results)}\n`);
} else {
  const widths = [0, 1, 2].map((i) => Math.max(...[['metric', 'result', 'target'], ...rows].map((r) => r[i]!.length)));
  const line = (r: string[]): string => r.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  process.stdout.write(`${line(['metric', 'result', 'target'])}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const r of rows) process.stdout.write(`${line(r)}\n`);
}
if (write) writeFileSync(PERFORMANCE_DOC, updateBenchTable(readFileSync(PERFORMANCE_DOC, 'utf8'), measured));
process.exit(0);
