// Which calls may run before the database's integrity verdict: the ones that only read. Every other call waits for
// the verdict (Services.ready) and then runs, so a save made in the first moments is delayed, never lost; after a
// refusal every call answers it. Writes also wait while long work (a bundle import in its worker) holds the write
// transaction (./long-work.ts), and check that the writer's lock still guards the database file (db/lock.ts): once it
// does not, every write is refused. Owns only this decision; the check itself is db/integrity-schedule.ts.
import type { ChannelName } from '../../shared/api/contract';
import { AppError } from '../../shared/errors';
import type { Handlers } from './dispatch';
import type { Services } from './services';

/** Channels that never write to the database (nor make a copy of it): they are served from the read-only connection. */
export const READING_CHANNELS: ReadonlySet<ChannelName> = new Set<ChannelName>([
  'assessments.list',
  'assessments.get',
  'assessments.revisions',
  'assessments.compare',
  'proposal.preview',
  'proposal.open',
  'proposal.showInFolder',
  'settings.get',
  'scope.calibration',
  'backups.list',
  'tasks.progress',
  'tasks.cancel',
  'deals.pipeline',
  'deals.pipelineCsv',
]);

/** Channels whose handler runs as long work of its own (LongWork.exclusive), queued behind any other. */
const EXCLUSIVE_CHANNELS: ReadonlySet<ChannelName> = new Set<ChannelName>(['bundles.import', 'backups.restore']);

export function gateWrites(handlers: Handlers, services: Services): Handlers {
  const gated: Partial<Record<ChannelName, (input: never) => unknown>> = {};
  for (const name of Object.keys(handlers) as ChannelName[]) {
    const handler = handlers[name] as (input: never) => unknown;
    gated[name] = READING_CHANNELS.has(name)
      ? (input) => {
          if (services.refusal !== null) throw services.refusal;
          return handler(input);
        }
      : async (input) => {
          await services.ready;
          // Long work in a worker holds the write transaction; waiting here keeps this thread from blocking on it.
          // The import and the restore queue themselves (./long-work.ts), so they do not wait here for each other.
          if (!EXCLUSIVE_CHANNELS.has(name)) await services.work.idle();
          requireGuardedDatabase(services);
          return handler(input);
        };
  }
  return gated as Handlers;
}

/**
 * Refuses a write once the writer's lock no longer guards the database file (its lock file deleted, the file replaced
 * by another program): another program may be writing, and a save now could be lost. The connection is made
 * read-only too, so background writes (the team's sync) stop as well; reading goes on.
 */
export function requireGuardedDatabase(services: Services): void {
  const lost = services.lock.guards();
  if (lost === null) return;
  if (services.db.open) services.db.pragma('query_only = ON');
  throw new AppError(
    'conflict',
    `Scopewise stopped saving: ${lost}. Nothing was changed; close every program using this database and start Scopewise again.`,
    'database',
    'saving_stopped',
  );
}
