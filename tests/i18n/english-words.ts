// English words that carry no content ("the", "and", "with"): one of them in a German sentence means the sentence is
// English. Used to find English left in a translated proposal (tests/i18n/*.test.ts).
import type { ProposalLanguage } from '../../shared/i18n/language';

/** English words that carry no content: one of them in a German sentence means the sentence is English. */
export const FUNCTION_WORDS = [
  'the',
  'and',
  'of',
  'to',
  'with',
  'for',
  'your',
  'this',
  'will',
  'is',
  'are',
  'our',
  'we',
  'you',
  'that',
  'from',
  'by',
  'be',
  'it',
  'not',
  'which',
  'would',
  'each',
  'its',
  'into',
  'than',
  'at',
  'as',
  'an',
  'on',
  'in',
  'or',
  'if',
  'has',
  'have',
  'what',
  'when',
  'how',
  'there',
  'they',
  'their',
  'can',
  'should',
  'about',
  'only',
  'more',
  'less',
  'all',
];
/** Words that are also ordinary words of the language (German "will", French "on", Dutch "is"). */
export const ALSO_NATIVE: Record<ProposalLanguage, readonly string[]> = {
  en: [],
  de: ['in', 'an', 'will', 'so'],
  fr: ['on', 'or', 'as'],
  es: ['has'],
  nl: ['is', 'in', 'we', 'have', 'al', 'of'],
  th: [],
};

/** The lines of `text` holding English function words, with the words found. */
export function englishLines(text: string, language: ProposalLanguage): string[] {
  const native = new Set(ALSO_NATIVE[language]);
  const words = new Set(FUNCTION_WORDS.filter((w) => !native.has(w)));
  return text
    .split('\n')
    .map((line) => ({ line: line.trim(), found: (line.toLowerCase().match(/[\p{L}’']+/gu) ?? []).filter((w) => words.has(w)) }))
    .filter(({ found }) => found.length > 0)
    .map(({ line, found }) => `${line}   [${[...new Set(found)].join(', ')}]`);
}
