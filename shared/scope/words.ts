// Texts in every proposal language, as the scope's modules hold them: a compiled message (messages/scope/, Paraglide JS)
// called with the language per call, never a global locale. Types and two small adapters; no text of its own.
import { PROPOSAL_LANGUAGES, type ProposalLanguage } from '../i18n/language';

/** A text in any proposal language. */
export type Words = (language: ProposalLanguage) => string;

/** A drafted item's title and description in any proposal language. */
export interface Wording {
  title: Words;
  description: Words;
}

/** A compiled message without inputs. */
export type Message = (inputs: Record<string, never>, options: { locale: ProposalLanguage }) => string;

export const words =
  (message: Message): Words =>
  (language) =>
    message({}, { locale: language });

export const worded = (title: Message, description: Message): Wording => ({ title: words(title), description: words(description) });

/** The language in which `text` is exactly these words (surrounding spaces aside), or undefined when it is in none. */
export function languageOf(w: Words, text: string): ProposalLanguage | undefined {
  const trimmed = text.trim();
  return PROPOSAL_LANGUAGES.find((language) => w(language).trim() === trimmed);
}

/** Whether `text` is these words in any proposal language. */
export const says = (w: Words, text: string): boolean => languageOf(w, text) !== undefined;
