// `scopewise serve [--port N] [--db <path>]`: the browser transport. Serves the built UI and the API on 127.0.0.1;
// the first stdout line is the URL to open, carrying the run's token. Runs until interrupted.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { upgradeMessage } from '../../db';
import { AppError } from '../../shared/errors';
import { hostServices } from '../api/service-host';
import { exportsFolderFor } from '../api/services';
import { shutdownGate } from '../api/shutdown-gate';
import { browserFileActions } from '../serve/file-actions';
import { startServer } from '../serve/server';
import { shutDown } from '../serve/shutdown';
import { integerOption } from './args';
import { type CliIO, type Command, EXIT_OK } from './command';
import { databasePath, DB_DETAILS, DB_OPTION, requireDatabaseFile } from './database';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RENDERER_DIR = join(root, 'out', 'renderer');

/** The UI must be built to be served; a fresh clone builds it once here, with progress on stderr. */
function ensureRendererBuilt(io: CliIO): void {
  if (existsSync(join(RENDERER_DIR, 'index.html'))) return;
  io.err('scopewise: building the UI (first run only)...\n');
  const result = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (result.status !== 0 || !existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new AppError('internal', `building the UI failed; run npm run build to see why\n${result.stderr ?? ''}`);
  }
}

export const serveCommand: Command = {
  name: 'serve',
  usage: 'serve [--port N] [--db <path>]',
  summary: 'serve the UI and the API to a browser on 127.0.0.1 (prints the URL to open)',
  details:
    'Starts the browser transport: the built UI and the same API the desktop app uses, on 127.0.0.1 only.\n' +
    'The first line on stdout is the URL to open; it carries a token made for this run in its fragment (#token=...),\n' +
    'which the page sends in the X-Scopewise-Token header of every API call; API calls without it get 401.\n' +
    '--port N (default 4780; 0 picks a free port). Exports are written to an "exports" folder beside the database. Stop with Ctrl+C.\n' +
    DB_DETAILS,
  options: { ...DB_OPTION, port: { type: 'string' } },
  run: async ({ values, io }) => {
    const port = integerOption(values.port, 'port', 0, 65535, 4780);
    const { path, explicit } = databasePath(values);
    requireDatabaseFile(path);
    if (!existsSync(dirname(path))) {
      if (explicit) throw new AppError('invalid_input', `--db: the folder ${dirname(path)} does not exist`, 'db');
      mkdirSync(dirname(path), { recursive: true });
    }
    ensureRendererBuilt(io);
    // The handlers and the database run in a worker thread (electron/api/service-host.ts): this thread only answers
    // the HTTP port and routes each call, so a long call never holds up another caller's short one.
    const services = await hostServices({
      databasePath: path,
      files: browserFileActions(exportsFolderFor(path)),
      holderName: 'scopewise serve',
      warn: (message) => io.err(`scopewise: warning: ${message}\n`),
      onUpgrade: (from, to) => io.err(`scopewise: ${upgradeMessage(from, to)}\n`),
      // The check runs beside serving (db/integrity-schedule.ts); its verdict is told on stderr once known.
      onCheck: (event) => {
        if (event.phase === 'passed') io.err(`scopewise: integrity check passed (${Math.round(event.ms)} ms)\n`);
      },
    });
    const gate = shutdownGate(services.handlers);
    let server;
    try {
      server = await startServer({
        port,
        rendererDir: RENDERER_DIR,
        handlers: gate.handlers,
        folders: { data: dirname(path), home: homedir(), exports: exportsFolderFor(path) },
        log: (channel, error) => io.err(`scopewise: ${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`),
      });
    } catch (error) {
      services.close();
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new AppError('invalid_input', `--port: ${port} is already in use; pick another or use --port 0`, 'port');
      if (code === 'EACCES') throw new AppError('invalid_input', `--port: ${port} needs privileges; use a port above 1023`, 'port');
      throw error;
    }
    // The team sync writes: it starts once the integrity check has passed (a refusal stops serve below).
    services.startTeam();
    io.out(`${server.url}\n`);
    io.err(`scopewise: serving ${path} — open the URL above; Ctrl+C stops\n`);
    const running = server;
    await new Promise<void>((done, refuse) => {
      const onSignal = (): void => stop();
      let stopping = false;
      const stop = (refusal?: Error): void => {
        if (stopping) return;
        stopping = true;
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        // Requests in flight are answered first; whatever still runs after that is waited for; only then the database
        // closes (electron/serve/shutdown.ts).
        void shutDown(running, gate, services).then(() => {
          if (refusal === undefined) done();
          else refuse(refusal);
        });
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      // A file the check refuses: serve stops and exits with the same refusal a damaged file gets at start (naming
      // the newest good backup); an API that answered nothing but the damage would look like a broken page.
      services.ready.catch((refusal: unknown) => stop(refusal instanceof Error ? refusal : new Error('the integrity check could not run')));
      // The worker stopping on its own leaves nothing to serve: serve stops with the reason.
      void services.lost.then((reason) => stop(reason));
    });
    return EXIT_OK;
  },
};
