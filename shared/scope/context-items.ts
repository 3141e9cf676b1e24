// Work items the project context calls for (shared/engine/project-context.ts): one per integration, privacy work when
// personal data is handled, mobile and translation work. Data and one pure function; draft.ts adds them to a draft.
import type { Requirements } from '../engine/requirements';
import type { Phase } from './knowledge';
import type { ThreePoint } from './schema';

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

export function contextItems(requirements: Requirements): ContextItem[] {
  const items: ContextItem[] = [];
  const seen = new Set<string>();
  for (const name of requirements.integrations ?? []) {
    let id = `integration-${slug(name)}`;
    for (let n = 2; seen.has(id); n++) id = `integration-${slug(name)}-${n}`;
    seen.add(id);
    items.push({
      id,
      title: `Integration: ${name}`,
      description: `Connecting to ${name}: authentication, the data exchanged, error handling and tests against a sandbox.`,
      phase: 'Build',
      role: 'developer',
      days: { low: 2, likely: 3, high: 6 },
    });
  }
  if (requirements.personalData === true) {
    const which = requirements.personalDataKinds?.trim();
    items.push({
      id: 'privacy-gdpr',
      title: 'Personal data and GDPR',
      description: `Privacy by design${which ? ` for ${which}` : ''}: a record of processing, consent and retention rules, export and deletion on request, access logging.`,
      phase: 'Build',
      role: 'senior-developer',
      days: { low: 2, likely: 3, high: 5 },
    });
  }
  if (requirements.mobile === 'responsive') {
    items.push({
      id: 'mobile-responsive',
      title: 'Responsive layout for phones',
      description: 'Every screen adapted to small screens and touch, checked on current iOS and Android browsers.',
      phase: 'Build',
      role: 'designer',
      days: { low: 2, likely: 4, high: 6 },
    });
  } else if (requirements.mobile === 'native-app') {
    items.push({
      id: 'mobile-app-api',
      title: 'API for a mobile app',
      description: 'The endpoints, authentication tokens and push notifications a store app needs (the app itself is scoped separately).',
      phase: 'Build',
      role: 'developer',
      days: { low: 4, likely: 6, high: 10 },
    });
  }
  const languages = requirements.languages ?? [];
  if (languages.length > 1) {
    items.push({
      id: 'i18n',
      title: `Translations (${languages.join(', ')})`,
      description: 'Text prepared for translation, a language switch, dates and numbers per locale, and the translation files for each language.',
      phase: 'Build',
      role: 'developer',
      days: { low: 1.5, likely: 2 + languages.length * 0.5, high: 4 + languages.length },
    });
  }
  return items;
}
