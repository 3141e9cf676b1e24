// All handlers, joined: one group per domain; joinHandlers refuses a channel served twice or not at all.
import { joinHandlers, type Handlers } from '../dispatch';
import type { Services } from '../services';
import { assessmentHandlers } from './assessments';
import { dataHandlers } from './data';
import { proposalHandlers } from './proposal';
import { scopeHandlers } from './scope';
import { settingsHandlers } from './settings';

export function createHandlers(services: Services): Handlers {
  return joinHandlers(assessmentHandlers(services), proposalHandlers(services), settingsHandlers(services), scopeHandlers(services), dataHandlers(services));
}
