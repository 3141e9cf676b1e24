// The engine's public surface: import from here, not from its files.
export * from './requirements';
export * from './recommend';
export { recommendationSchema, ENGINE_VERSION } from './recommendation';
export { applyChanges, type Change, type Flip, type AnswerValue } from './flips';
export type { Stack, StackComponent } from './stack';
export type { Rule, Condition } from './knowledge';
export { RULES } from './knowledge';
export { score, rank, type Scores } from './score';
