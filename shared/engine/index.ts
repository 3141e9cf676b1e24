// The engine's public surface: import from here, not from its files.
export { confidenceWord } from './confidence';
export { type AnswerValue, applyChanges, type Change, FIXED_FIELDS, type Flip, MAX_FLIPS } from './flips';
export type { Condition, Rule, TradeOff } from './knowledge';
export { RULES, ruleText, TRADE_OFFS, tradeOffText } from './knowledge';
export type { OpenAnswer, OpenQuestion } from './open-questions';
export * from './project-context';
export * from './recommend';
export { ENGINE_VERSION, recommendationSchema } from './recommendation';
export * from './requirements';
export { firedRules, score, type Scores } from './score';
export { countOf, isOne, listAnd, listOr, numberLocale } from './sentences';
export { sourceText } from './sources';
export { type Stack, type StackComponent, stackIn } from './stack';
