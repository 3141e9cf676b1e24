// Each language's name in its own words, for the language pickers (a German speaker looks for "Deutsch").
import type { ProposalLanguage } from './language';
import { common_language_name } from './paraglide/messages';

export function languageName(language: ProposalLanguage): string {
  return common_language_name({}, { locale: language });
}
