// Work items the project context calls for (shared/engine/project-context.ts): one per integration, privacy work when
// personal data is handled, mobile and translation work. Data and pure functions; draft.ts adds them to a draft. Their
// sentences are messages (messages/scope/), in the language asked for.
import type { Requirements } from '../engine/requirements';
import type { ProposalLanguage } from '../i18n/language';
import * as m from '../i18n/paraglide/messages';
import type { Phase } from './knowledge';
import type { ThreePoint } from './schema';
import { worded, type Wording } from './words';

export interface ContextItem {
  id: string;
  title: string;
  description: string;
  phase: Phase;
  role: 'developer' | 'senior-developer' | 'designer';
  /** The same for every framework: none of them ships these. */
  days: ThreePoint;
}

/** A stable id from an integration's name (lower case, letters and digits), so a re-draft keeps the same ids. */
export function slug(name: string): string {
  const s = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return s === '' ? 'other' : s.slice(0, 40);
}

/** A context item with its title and description in every proposal language. */
export type WordedContextItem = Omit<ContextItem, 'title' | 'description'> & { text: Wording };

/** The items the answers' context calls for, each worded in every proposal language. */
export function contextWordings(requirements: Requirements): WordedContextItem[] {
  const items: WordedContextItem[] = [];
  const seen = new Set<string>();
  for (const name of requirements.integrations ?? []) {
    let id = `integration-${slug(name)}`;
    for (let n = 2; seen.has(id); n++) id = `integration-${slug(name)}-${n}`;
    seen.add(id);
    items.push({
      id,
      text: {
        title: (locale) => m.scope_integration_title({ name }, { locale }),
        description: (locale) => m.scope_integration_description({ name }, { locale }),
      },
      phase: 'Build',
      role: 'developer',
      days: { low: 2, likely: 3, high: 6 },
    });
  }
  if (requirements.personalData === true) {
    const kinds = requirements.personalDataKinds?.trim();
    items.push({
      id: 'privacy-gdpr',
      text: {
        title: (locale) => m.scope_privacy_title({}, { locale }),
        description: (locale) => (kinds ? m.scope_privacy_description_for({ kinds }, { locale }) : m.scope_privacy_description({}, { locale })),
      },
      phase: 'Build',
      role: 'senior-developer',
      days: { low: 2, likely: 3, high: 5 },
    });
  }
  if (requirements.mobile === 'responsive') {
    items.push({
      id: 'mobile-responsive',
      text: worded(m.scope_mobile_responsive_title, m.scope_mobile_responsive_description),
      phase: 'Build',
      role: 'designer',
      days: { low: 2, likely: 4, high: 6 },
    });
  } else if (requirements.mobile === 'native-app') {
    items.push({
      id: 'mobile-app-api',
      text: worded(m.scope_mobile_app_api_title, m.scope_mobile_app_api_description),
      phase: 'Build',
      role: 'developer',
      days: { low: 4, likely: 6, high: 10 },
    });
  }
  const languages = requirements.languages ?? [];
  if (languages.length > 1) {
    items.push({
      id: 'i18n',
      text: {
        title: (locale) => m.scope_translations_title({ languages: languages.join(', ') }, { locale }),
        description: (locale) => m.scope_translations_description({}, { locale }),
      },
      phase: 'Build',
      role: 'developer',
      days: { low: 1.5, likely: 2 + languages.length * 0.5, high: 4 + languages.length },
    });
  }
  return items;
}

/** The items the answers' context calls for, worded in `language` (English unless asked). */
export function contextItems(requirements: Requirements, language: ProposalLanguage = 'en'): ContextItem[] {
  return contextWordings(requirements).map(({ text, ...item }) => ({ ...item, title: text.title(language), description: text.description(language) }));
}
