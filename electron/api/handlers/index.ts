// All handlers, joined: one group per domain; joinHandlers refuses a channel served twice or not at all. Writes wait
// for the database's integrity verdict (../integrity-gate.ts).
import { type Handlers, joinHandlers } from '../dispatch';
import { gateWrites } from '../integrity-gate';
import type { Services } from '../services';
import { assessmentHandlers } from './assessments';
import { dataHandlers } from './data';
import { dealHandlers } from './deals';
import { proposalHandlers } from './proposal';
import { scopeHandlers } from './scope';
import { settingsHandlers } from './settings';
import { teamHandlers } from './team';

export function createHandlers(services: Services): Handlers {
  return gateWrites(
    joinHandlers(
      assessmentHandlers(services),
      proposalHandlers(services),
      settingsHandlers(services),
      scopeHandlers(services),
      dataHandlers(services),
      teamHandlers(services),
      dealHandlers(services),
    ),
    services,
  );
}
