// The scope's public surface: import from here, not from its files.
export * from './compare';
export { type DraftOptions, draftScope, frameworkReason, workItemApplies } from './draft';
export * from './estimate';
export { estimateContractSchema } from './estimate-contract';
export { daysFor, withDaysFor } from './item-days';
export {
  DEFAULT_ASSUMPTIONS,
  DEFAULT_CLIENT_RESPONSIBILITIES,
  DEFAULT_EXCLUSIONS,
  type Phase,
  PHASES,
  WORK_ITEMS,
  type WorkCondition,
  type WorkItemRule,
  type WorkWhen,
} from './knowledge';
export { type Rewrite, rewriteOf } from './project-items';
export { refreshRates } from './rates';
export * from './schema';
export * from './simulation';
export * from './sizing';
export * from './tax-and-payments';
