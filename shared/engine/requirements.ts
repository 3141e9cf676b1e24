// The requirements record: a public contract (shared/README.md, "The requirements record"), as zod schemas and as question metadata.
// Pure data and validation only; scoring lives in score.ts. Never rename a field or a value here.
import { z } from 'zod';

import type { ProposalLanguage } from '../i18n/language';
import * as m from '../i18n/paraglide/messages';
import { answerText, type ContextField, projectContextShape } from './project-context';
import { numberLocale, QUESTION_TEXT, say, SECTION_TEXT } from './sentences';

export const FRAMEWORKS = ['django', 'flask', 'fastapi'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export const FRAMEWORK_NAMES: Record<Framework, string> = {
  django: 'Django',
  flask: 'Flask',
  fastapi: 'FastAPI',
};

export const PROJECT_KINDS = ['web-app', 'content-platform', 'ecommerce', 'saas', 'data-tool', 'api-service', 'microservice', 'prototype', 'other'] as const;
export const USER_INTERFACES = ['server-rendered', 'spa-frontend', 'none'] as const;
export const AUTH_LEVELS = ['none', 'basic', 'roles'] as const;
export const DATA_MODELS = ['none', 'simple', 'relational', 'complex'] as const;
export const TEAM_EXPERIENCE = ['beginner', 'mixed', 'senior'] as const;
export const TEAM_TURNOVER = ['low', 'high'] as const;
export const LIFETIMES = ['hours', 'weeks', 'months', 'years'] as const;
export const ARCHITECTURES = ['monolith', 'microservices', 'unconventional'] as const;
export const CONCURRENCY = ['typical', 'high-async', 'realtime'] as const;
export const EXISTING_FRAMEWORKS = ['none', 'django', 'flask', 'fastapi'] as const;
export const ML_WORK = ['none', 'model-serving', 'data-pipelines'] as const;

export const TEAM_SIZE_MAX = 1000;
export const NOTES_MAX = 20000;

// The estimate follows the project (additive, one block): the client's features in their words, each with a T-shirt
// size, and the size of the running application when the work extends it. No rule reads them, so they move no score;
// the scope draft sizes its items from them (shared/scope/sizing.ts).
export const FEATURE_SIZES = ['xs', 's', 'm', 'l', 'xl'] as const;
export type FeatureSize = (typeof FEATURE_SIZES)[number];
export const EXISTING_SIZES = ['small', 'medium', 'large'] as const;
export type ExistingSize = (typeof EXISTING_SIZES)[number];
export const FEATURES_MAX = 100;
export const FEATURE_TITLE_MAX = 120;
export const featureSchema = z.object({ title: z.string().trim().min(1).max(FEATURE_TITLE_MAX), size: z.enum(FEATURE_SIZES) }).strict();
export type Feature = z.infer<typeof featureSchema>;
const estimateShape = {
  features: z.array(featureSchema).max(FEATURES_MAX),
  existingSize: z.enum(EXISTING_SIZES),
};
/** The fields of the record that only the estimate reads. */
export type EstimateField = keyof typeof estimateShape;

/** The record as shared/README.md describes it. Every field is optional; unknown fields are refused so a typo never passes as "unanswered". */
export const requirementsSchema = z
  .object({
    projectKind: z.enum(PROJECT_KINDS),
    userInterface: z.enum(USER_INTERFACES),
    auth: z.enum(AUTH_LEVELS),
    adminPanel: z.boolean(),
    dataModel: z.enum(DATA_MODELS),
    teamSize: z.number().int().min(1).max(TEAM_SIZE_MAX),
    teamExperience: z.enum(TEAM_EXPERIENCE),
    teamTurnover: z.enum(TEAM_TURNOVER),
    lifetime: z.enum(LIFETIMES),
    architecture: z.enum(ARCHITECTURES),
    concurrency: z.enum(CONCURRENCY),
    apiDocs: z.boolean(),
    minimalDependencies: z.boolean(),
    expectedUsers: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    existingFramework: z.enum(EXISTING_FRAMEWORKS),
    extendingExisting: z.boolean(),
    mlWork: z.enum(ML_WORK),
    regulatedData: z.boolean(),
    notes: z.string().max(NOTES_MAX),
    // Project context (additive): recorded and used for the proposal and the scope; no rule reads them.
    ...projectContextShape,
    ...estimateShape,
  })
  .partial()
  .strict();

export type Requirements = z.infer<typeof requirementsSchema>;
export type RequirementField = keyof Requirements;
/** The fields that are questions with answers the engine weighs (everything but free text). */
export type AnswerField = Exclude<RequirementField, 'notes' | ContextField | EstimateField>;

export type Question =
  | {
      field: AnswerField;
      kind: 'choice';
      label: string;
      help: string;
      section: QuestionSection;
      options: readonly { value: string; label: string }[];
    }
  | { field: AnswerField; kind: 'boolean'; label: string; help: string; section: QuestionSection }
  | {
      field: AnswerField;
      kind: 'integer';
      label: string;
      help: string;
      section: QuestionSection;
      min: number;
      max: number;
    };

/** A question as data: the words come from its messages (`questionsIn`). */
type QuestionRow =
  | { field: AnswerField; kind: 'choice'; section: QuestionSection; values: readonly string[] }
  | { field: AnswerField; kind: 'boolean'; section: QuestionSection }
  | { field: AnswerField; kind: 'integer'; section: QuestionSection; min: number; max: number };

export const QUESTION_SECTIONS = ['Product', 'Data and access', 'Team', 'Delivery and runtime'] as const;
export type QuestionSection = (typeof QUESTION_SECTIONS)[number];

/** The questions as data, in the order a consultant asks them; their words are messages (sentences.ts). */
const QUESTION_ROWS: readonly QuestionRow[] = [
  {
    field: 'projectKind',
    kind: 'choice',
    section: 'Product',
    values: PROJECT_KINDS,
  },
  {
    field: 'userInterface',
    kind: 'choice',
    section: 'Product',
    values: USER_INTERFACES,
  },
  {
    field: 'adminPanel',
    kind: 'boolean',
    section: 'Product',
  },
  {
    field: 'mlWork',
    kind: 'choice',
    section: 'Product',
    values: ML_WORK,
  },
  {
    field: 'auth',
    kind: 'choice',
    section: 'Data and access',
    values: AUTH_LEVELS,
  },
  {
    field: 'dataModel',
    kind: 'choice',
    section: 'Data and access',
    values: DATA_MODELS,
  },
  {
    field: 'regulatedData',
    kind: 'boolean',
    section: 'Data and access',
  },
  {
    field: 'teamSize',
    kind: 'integer',
    section: 'Team',
    min: 1,
    max: TEAM_SIZE_MAX,
  },
  {
    field: 'teamExperience',
    kind: 'choice',
    section: 'Team',
    values: TEAM_EXPERIENCE,
  },
  {
    field: 'teamTurnover',
    kind: 'choice',
    section: 'Team',
    values: TEAM_TURNOVER,
  },
  {
    field: 'existingFramework',
    kind: 'choice',
    section: 'Team',
    values: EXISTING_FRAMEWORKS,
  },
  {
    field: 'extendingExisting',
    kind: 'boolean',
    section: 'Team',
  },
  {
    field: 'lifetime',
    kind: 'choice',
    section: 'Delivery and runtime',
    values: LIFETIMES,
  },
  {
    field: 'architecture',
    kind: 'choice',
    section: 'Delivery and runtime',
    values: ARCHITECTURES,
  },
  {
    field: 'concurrency',
    kind: 'choice',
    section: 'Delivery and runtime',
    values: CONCURRENCY,
  },
  {
    field: 'apiDocs',
    kind: 'boolean',
    section: 'Delivery and runtime',
  },
  {
    field: 'minimalDependencies',
    kind: 'boolean',
    section: 'Delivery and runtime',
  },
  {
    field: 'expectedUsers',
    kind: 'integer',
    section: 'Delivery and runtime',
    min: 0,
    max: Number.MAX_SAFE_INTEGER,
  },
];

function questionIn(row: QuestionRow, language: ProposalLanguage): Question {
  const text = QUESTION_TEXT[row.field];
  const words = { label: say(text.label, language), help: say(text.help, language) };
  if (row.kind !== 'choice') return { ...row, ...words };
  const { values, ...rest } = row;
  return { ...rest, ...words, options: values.map((value) => ({ value, label: say(text.options![value]!, language) })) };
}

const QUESTIONS_IN = new Map<ProposalLanguage, readonly Question[]>();

/** The questions with their labels, help lines and option labels in `language` (the UI's or the proposal's). */
export function questionsIn(language: ProposalLanguage): readonly Question[] {
  let questions = QUESTIONS_IN.get(language);
  if (questions === undefined) {
    questions = QUESTION_ROWS.map((row) => questionIn(row, language));
    QUESTIONS_IN.set(language, questions);
  }
  return questions;
}

/** The questions, in the order a consultant asks them, in English. Labels are what a client reads in the UI and the proposal. */
export const QUESTIONS: readonly Question[] = questionsIn('en');

export const ANSWER_FIELDS: readonly AnswerField[] = QUESTIONS.map((q) => q.field);

/** A section's heading in `language`. */
export function sectionName(section: QuestionSection, language: ProposalLanguage = 'en'): string {
  return say(SECTION_TEXT[section], language);
}

/** Words a client reads for an answer: the option label, Yes/No, or the number, in `language`. */
export function describeAnswer(field: AnswerField, value: unknown, language: ProposalLanguage = 'en'): string {
  const question = questionsIn(language).find((q) => q.field === field);
  if (value === undefined || question === undefined) return say(m.engine_answer_not_answered, language);
  if (question.kind === 'boolean') return say(value === true ? m.engine_answer_yes : m.engine_answer_no, language);
  if (question.kind === 'integer') return typeof value === 'number' ? value.toLocaleString(numberLocale(language)) : answerText(value);
  return question.options.find((o) => o.value === value)?.label ?? answerText(value);
}

export function questionLabel(field: AnswerField, language: ProposalLanguage = 'en'): string {
  return questionsIn(language).find((q) => q.field === field)?.label ?? field;
}

/** Whether the editor asks a question: "extends that codebase" only once a framework in use is named. */
export function isAsked(field: AnswerField, requirements: Requirements): boolean {
  if (field !== 'extendingExisting') return true;
  const existing = requirements.existingFramework;
  return existing !== undefined && existing !== 'none';
}
