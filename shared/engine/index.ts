// The engine's public surface: import from here, not from its files.
export * from './requirements';
export * from './recommend';
export { recommendationSchema, ENGINE_VERSION } from './recommendation';
export { applyChanges, FIXED_FIELDS, MAX_FLIPS, type Change, type Flip, type AnswerValue } from './flips';
export type { OpenQuestion, OpenAnswer } from './open-questions';
export type { Stack, StackComponent } from './stack';
export type { Rule, Condition, TradeOff } from './knowledge';
export { RULES, TRADE_OFFS } from './knowledge';
export { score, firedRules, type Scores } from './score';
export * from './project-context';
