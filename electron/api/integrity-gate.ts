// Which calls may run before the database's integrity verdict: the ones that only read. Every other call waits for
// the verdict (Services.ready) and then runs, so a save made in the first moments is delayed, never lost; after a
// refusal every call answers it. Owns only this decision; the check itself is db/integrity-schedule.ts.
import type { ChannelName } from '../../shared/api/contract';
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
]);

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
          return handler(input);
        };
  }
  return gated as Handlers;
}
