// cli.start: the whole `scopewise recommend <file>` process, spawn to exit, as `npm run scopewise` runs it minus npm
// (node on build/scopewise.mjs: the bundle's freshness check, then the bundle). Target: median ≤ 250 ms.
// cli.nodeFloor: `node -e 0`, spawn to exit, for context: no CLI can start faster than Node on the same machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ensureCliBundle } from '../../../build/cli-bundle.mjs';
import { ROOT } from '../../e2e/build';
import { measure, type Metric } from '../harness';

function run(args: string[]): void {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
}

export const metrics: Metric[] = [
  {
    name: 'cli.start',
    target: 'median ≤ 250 ms',
    run: async () => {
      await ensureCliBundle();
      const folder = mkdtempSync(join(tmpdir(), 'scopewise-bench-cli-'));
      try {
        const file = join(folder, 'requirements.json');
        writeFileSync(file, JSON.stringify({ projectKind: 'api-service', concurrency: 'high-async', apiDocs: true }));
        return await measure(() => run(['build/scopewise.mjs', 'recommend', file]), 30, 3);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'cli.nodeFloor',
    target: 'for context: node -e 0',
    run: () => measure(() => run(['-e', '0']), 30, 3),
  },
];
