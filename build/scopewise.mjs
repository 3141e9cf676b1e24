// `npm run scopewise -- <command>`: runs the CLI from its bundle (out/cli/main.mjs, see build/cli-bundle.mjs), first
// rebuilding the bundle when a source file changed since it was built, so a fresh clone and an edited tree just work.
import { pathToFileURL } from 'node:url';

import { CLI_ENTRY, ensureCliBundle } from './cli-bundle.mjs';
import { ensureMessagesCompiled } from './i18n.mjs';

ensureMessagesCompiled();
await ensureCliBundle();
await import(pathToFileURL(CLI_ENTRY).href);
