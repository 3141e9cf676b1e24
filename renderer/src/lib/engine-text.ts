// Every engine text the screens show (a workshop question's label and help, an answer's label, a section's name, a
// reason, a contradiction, a flip's note) passes through here, with the language to show it in. The engine owns the
// words (messages/engine/); this module only asks it for them in the consultant's language (uiLanguage), so it is the
// one place that passes that language to the engine's question texts. The live recommendation itself is computed in
// that language (draft.svelte.ts), so its sentences arrive written in it.
import type { AnswerField, QuestionSection } from '../../../shared/engine';
import { contextQuestionsIn, describeAnswer, questionLabel, questionsIn, reasonText as engineReasonText, sectionName } from '../../../shared/engine';
import type { UiLanguage } from '../../../shared/i18n/language';

/** The parts of a question the screens print (a workshop question or a project-context one). */
export interface QuestionTexts {
  field: string;
  label: string;
  help: string;
}

interface Worded {
  field: string;
  label: string;
  help: string;
  options?: readonly { value: string; label: string }[];
}

/** The question of this field as written in `language`: a workshop question or a project-context one. */
function inLanguage(field: string, language: UiLanguage): Worded | undefined {
  const questions: readonly Worded[] = questionsIn(language);
  return questions.find((q) => q.field === field) ?? (contextQuestionsIn(language) as readonly Worded[]).find((q) => q.field === field);
}

/** A question's label as the workshop shows it. */
export function questionText<Q extends QuestionTexts>(question: Q, language: UiLanguage): string {
  return inLanguage(question.field, language)?.label ?? question.label;
}

/** The one line under a question's label. */
export function questionHelpText<Q extends QuestionTexts>(question: Q, language: UiLanguage): string {
  return inLanguage(question.field, language)?.help ?? question.help;
}

/** A question's label from its field alone (the live panel's "Ask next" and "What would change it"). */
export function questionLabelText(field: AnswerField, language: UiLanguage): string {
  return questionLabel(field, language);
}

/** One answer option's label, as the radio button shows it. */
export function optionText(field: string, option: { value: string; label: string }, language: UiLanguage): string {
  return inLanguage(field, language)?.options?.find((o) => o.value === option.value)?.label ?? option.label;
}

/** An answer as a sentence fragment ("Yes", "A public website", "1,000"). */
export function answerText(field: AnswerField, value: unknown, language: UiLanguage): string {
  return describeAnswer(field, value, language);
}

/** A question section's heading. */
export function sectionText(section: QuestionSection, language: UiLanguage): string {
  return sectionName(section, language);
}

/**
 * A sentence the engine wrote for this recommendation (a reason, a trade-off, a contradiction, a flip's note): a reason
 * with its rule id is written in `language`; any other text is shown as the engine gave it (already in `language` for
 * the live recommendation).
 */
export function reasonText(reason: { text: string; rule?: string }, language: UiLanguage): string {
  return reason.rule === undefined ? reason.text : engineReasonText({ rule: reason.rule, text: reason.text }, language);
}
