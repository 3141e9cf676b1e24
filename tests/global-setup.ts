// Once before all test files: build the renderer if it is missing or stale, so `scopewise serve` (started by the
// serve and end-to-end tests) never has to build it itself while another test file does.
import { ensureRendererBuilt } from './e2e/build';

export default async function setup(): Promise<void> {
  await ensureRendererBuilt();
}
