// The scope's public surface: import from here, not from its files.
export * from './schema';
export * from './estimate';
export * from './compare';
export { draftScope, frameworkReason, workItemApplies, type DraftOptions } from './draft';
export {
  WORK_ITEMS,
  PHASES,
  DEFAULT_ASSUMPTIONS,
  DEFAULT_EXCLUSIONS,
  DEFAULT_CLIENT_RESPONSIBILITIES,
  type WorkItemRule,
  type WorkCondition,
  type WorkWhen,
  type Phase,
} from './knowledge';
export { estimateContractSchema } from './estimate-contract';
export { refreshRates } from './rates';
export { daysFor, withDaysFor } from './item-days';
