// Once before all test files: compile the messages (build/i18n.mjs), build the renderer and the CLI bundle if missing or stale, so `scopewise serve` and the
// CLI (started by the serve, CLI and end-to-end tests) never build them themselves while another test file does.
import { ensureCliBundle } from '../build/cli-bundle.mjs';
import { ensureMessagesCompiled } from '../build/i18n.mjs';
import { ensureRendererBuilt } from './e2e/build';

export default async function setup(): Promise<void> {
  ensureMessagesCompiled();
  await ensureRendererBuilt();
  await ensureCliBundle();
}
