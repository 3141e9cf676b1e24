// Every engine text the screens show (a workshop question's label and help, an answer's label, a section's name and
// introduction, a reason, a contradiction, a flip's note) passes through here, with the language to show it in. The
// engine owns the words; this module only asks it for them, so the one place that passes the consultant's language to
// the engine is this file. Until the engine speaks more than English, each function returns the engine's English text.
import type { AnswerField, QuestionSection } from '../../../shared/engine';
import { describeAnswer, questionLabel } from '../../../shared/engine';
import type { UiLanguage } from '../../../shared/i18n/language';

/** The parts of a question the screens print (a workshop question or a project-context one). */
export interface QuestionTexts {
  field: string;
  label: string;
  help: string;
}

/** A question's label as the workshop shows it. */
export function questionText<Q extends QuestionTexts>(question: Q, language: UiLanguage): string {
  void language;
  return question.label;
}

/** The one line under a question's label. */
export function questionHelpText<Q extends QuestionTexts>(question: Q, language: UiLanguage): string {
  void language;
  return question.help;
}

/** A question's label from its field alone (the live panel's "Ask next" and "What would change it"). */
export function questionLabelText(field: AnswerField, language: UiLanguage): string {
  void language;
  return questionLabel(field);
}

/** One answer option's label, as the radio button shows it. */
export function optionText(field: string, option: { value: string; label: string }, language: UiLanguage): string {
  void field;
  void language;
  return option.label;
}

/** An answer as a sentence fragment ("Yes", "A public website", "1,000"). */
export function answerText(field: AnswerField, value: unknown, language: UiLanguage): string {
  void language;
  return describeAnswer(field, value);
}

/** A question section's heading. */
export function sectionText(section: QuestionSection, language: UiLanguage): string {
  void language;
  return section;
}

/** A sentence the engine wrote for this recommendation (a reason, a trade-off, a contradiction, a flip's note). */
export function reasonText(reason: { text: string }, language: UiLanguage): string {
  void language;
  return reason.text;
}
