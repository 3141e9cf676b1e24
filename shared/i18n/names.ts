// Each language's name in its own words (its endonym), for the language pickers: a German speaker looks for
// "Deutsch", a Thai one for "ไทย", whatever language the app speaks. Names, not sentences, so no message carries
// them: the app's window loads its own languages' messages only (build/i18n.mjs), and still lists every proposal language.
import type { ProposalLanguage } from './language';

const ENDONYMS: Record<ProposalLanguage, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  nl: 'Nederlands',
  th: 'ไทย',
};

export function languageName(language: ProposalLanguage): string {
  return ENDONYMS[language];
}
