// The sources the rules cite, in the proposal's language: each part a rule's `source` names (a section of the guide, a
// documentation page) is a message (`engine_source_*`) whose English is exactly what knowledge.ts quotes. Kept apart
// from the tables so the window, which only shows the English, does not load these translations.
import type { ProposalLanguage } from '../i18n/language';
import * as m from '../i18n/paraglide/messages';
import { say, type Text } from './sentences';

/** Every source part a rule or trade-off of this engine cites. */
export const SOURCE_TEXT: readonly Text[] = [
  m.engine_source_guide_flask_wins,
  m.engine_source_guide_everything_else,
  m.engine_source_guide_features,
  m.engine_source_guide_productivity,
  m.engine_source_guide_scale,
  m.engine_source_guide_fundamentals,
  m.engine_source_guide_faq_beginners,
  m.engine_source_guide_faq_micro,
  m.engine_source_guide_faq_choose_flask,
  m.engine_source_fastapi_features,
  m.engine_source_fastapi_async,
  m.engine_source_fastapi_ws,
  m.engine_source_fastapi_versions,
  m.engine_source_django_lts,
  m.engine_source_django_async,
  m.engine_source_django_perms,
  m.engine_source_flask_design,
  m.engine_source_flask_async,
  m.engine_source_flask_socketio,
  m.engine_source_rewrite,
  m.engine_source_channels,
  m.engine_source_model_serving,
  m.engine_source_django_security,
  m.engine_source_django_admin,
  m.engine_source_django_tasks,
  m.engine_source_flask_celery,
  m.engine_source_fastapi_background,
  m.engine_source_fastapi_oauth2,
  m.engine_source_starlette_middleware,
];

let byEnglish: Map<string, Text> | null = null;

/**
 * A rule's or trade-off's source in `language`: each part (parts are joined by "; ") this engine cites is written in
 * that language, its address unchanged; a part it does not know (an older engine's) stays as stored.
 */
export function sourceText(source: string, language: ProposalLanguage = 'en'): string {
  if (language === 'en') return source;
  byEnglish ??= new Map(SOURCE_TEXT.map((text) => [say(text, 'en'), text]));
  return source
    .split('; ')
    .map((part) => {
      const text = byEnglish!.get(part);
      return text === undefined ? part : say(text, language);
    })
    .join('; ');
}
