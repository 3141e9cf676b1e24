// The requirements record: a public contract (shared/README.md, "The requirements record"), as zod schemas and as question metadata.
// Pure data and validation only; scoring lives in score.ts. Never rename a field or a value here.
import { z } from 'zod';

import { answerText, type ContextField, projectContextShape } from './project-context';

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

export const QUESTION_SECTIONS = ['Product', 'Data and access', 'Team', 'Delivery and runtime'] as const;
export type QuestionSection = (typeof QUESTION_SECTIONS)[number];

/** The questions, in the order a consultant asks them. Labels are what a client reads in the UI and the proposal. */
export const QUESTIONS: readonly Question[] = [
  {
    field: 'projectKind',
    kind: 'choice',
    section: 'Product',
    label: 'What are we building for you?',
    help: 'Project kind: pick the closest match; "Something else" is fine when nothing fits.',
    options: [
      { value: 'web-app', label: 'A website or web application' },
      { value: 'content-platform', label: 'A site full of articles, pages or media' },
      { value: 'ecommerce', label: 'An online shop' },
      { value: 'saas', label: 'An online service customers subscribe to' },
      { value: 'data-tool', label: 'A tool for working with data or reports' },
      { value: 'api-service', label: 'A service other software connects to (API)' },
      { value: 'microservice', label: 'One small part of a larger system' },
      { value: 'prototype', label: 'A quick prototype to test an idea' },
      { value: 'other', label: 'Something else' },
    ],
  },
  {
    field: 'userInterface',
    kind: 'choice',
    section: 'Product',
    label: 'How will people use it?',
    help: 'User interface: pages rendered by the server, a separate front end (SPA in React, Vue...), or no user interface at all.',
    options: [
      { value: 'server-rendered', label: 'Web pages in the browser' },
      { value: 'spa-frontend', label: 'An app-like screen built by a separate front-end team' },
      { value: 'none', label: 'No screens: only other software uses it' },
    ],
  },
  {
    field: 'adminPanel',
    kind: 'boolean',
    section: 'Product',
    label: 'Will your staff manage content, orders or users themselves?',
    help: 'An admin back office for staff.',
  },
  {
    field: 'mlWork',
    kind: 'choice',
    section: 'Product',
    label: 'Will it use machine learning or data science?',
    help: 'Machine-learning or data-science work: serving a trained model\u2019s predictions over an API, or analysis and training that runs in notebooks today and must run in production.',
    options: [
      { value: 'none', label: 'No' },
      { value: 'model-serving', label: 'Yes: it answers with predictions from a trained model' },
      { value: 'data-pipelines', label: 'Yes: analysis or model training from notebooks must run as part of it' },
    ],
  },
  {
    field: 'auth',
    kind: 'choice',
    section: 'Data and access',
    label: 'Will people sign in?',
    help: 'User accounts: none, a login only, or roles and permissions (who may see and do what).',
    options: [
      { value: 'none', label: 'No, it is open to everyone' },
      { value: 'basic', label: 'Yes, everyone can do the same things' },
      { value: 'roles', label: 'Yes, and different people may do different things' },
    ],
  },
  {
    field: 'dataModel',
    kind: 'choice',
    section: 'Data and access',
    label: 'How much information will it keep, and how connected is it?',
    help: 'Data model: how much related data there is, and how often its shape will change (relational tables, schema migrations).',
    options: [
      { value: 'none', label: 'It stores nothing' },
      { value: 'simple', label: 'A few simple lists' },
      { value: 'relational', label: 'Many kinds of records that refer to each other' },
      { value: 'complex', label: 'A lot of connected records, and it will keep changing' },
    ],
  },
  {
    field: 'regulatedData',
    kind: 'boolean',
    section: 'Data and access',
    label: 'Must you be able to show an auditor who saw or changed the data?',
    help: 'Regulated or audited data: compliance rules (finance, health, public sector), audit trails of changes and access, retention.',
  },
  {
    field: 'teamSize',
    kind: 'integer',
    section: 'Team',
    label: 'How many developers will work on it?',
    help: 'Team size: developers on the project, yours and ours.',
    min: 1,
    max: TEAM_SIZE_MAX,
  },
  {
    field: 'teamExperience',
    kind: 'choice',
    section: 'Team',
    label: 'How experienced are they with this kind of work?',
    help: 'Team experience building Python web applications.',
    options: [
      { value: 'beginner', label: 'Mostly new to it' },
      { value: 'mixed', label: 'A mix of new and experienced' },
      { value: 'senior', label: 'All experienced' },
    ],
  },
  {
    field: 'teamTurnover',
    kind: 'choice',
    section: 'Team',
    label: 'Will the people working on it change over time?',
    help: 'Team turnover: developers joining and leaving over the life of the project.',
    options: [
      { value: 'low', label: 'No, the same people throughout' },
      { value: 'high', label: 'Yes, people will come and go' },
    ],
  },
  {
    field: 'existingFramework',
    kind: 'choice',
    section: 'Team',
    label: 'Do you already run software built with one of these?',
    help: 'The Python web framework in production today, if any.',
    options: [
      { value: 'none', label: 'No, none of them' },
      { value: 'django', label: 'Django' },
      { value: 'flask', label: 'Flask' },
      { value: 'fastapi', label: 'FastAPI' },
    ],
  },
  {
    field: 'extendingExisting',
    kind: 'boolean',
    section: 'Team',
    label: 'Should the new work be added to that software?',
    help: 'Extends the running codebase named above, rather than starting a new one.',
  },
  {
    field: 'lifetime',
    kind: 'choice',
    section: 'Delivery and runtime',
    label: 'How long should it be in use?',
    help: 'Expected lifetime: how long it must run and be maintained.',
    options: [
      { value: 'hours', label: 'A few hours (a demo)' },
      { value: 'weeks', label: 'A few weeks' },
      { value: 'months', label: 'Some months' },
      { value: 'years', label: 'Years' },
    ],
  },
  {
    field: 'architecture',
    kind: 'choice',
    section: 'Delivery and runtime',
    label: 'Is it one system, or several pieces working together?',
    help: 'Architecture: one application (monolith), a set of small services (microservices), or an unconventional shape.',
    options: [
      { value: 'monolith', label: 'One system' },
      { value: 'microservices', label: 'Many small pieces, each with its own job' },
      { value: 'unconventional', label: 'Something unusual that fits no standard pattern' },
    ],
  },
  {
    field: 'concurrency',
    kind: 'choice',
    section: 'Delivery and runtime',
    label: 'Will many people or devices be connected at the same time?',
    help: 'Request profile: ordinary traffic, many concurrent I/O-bound calls (async), or live connections (websockets, streaming).',
    options: [
      { value: 'typical', label: 'No, ordinary use' },
      { value: 'high-async', label: 'Yes, many at once, often waiting on other systems' },
      { value: 'realtime', label: 'Yes, and they need live updates as things happen' },
    ],
  },
  {
    field: 'apiDocs',
    kind: 'boolean',
    section: 'Delivery and runtime',
    label: 'Will other developers build on it and need a reference?',
    help: 'A typed API with OpenAPI documentation generated from the code.',
  },
  {
    field: 'minimalDependencies',
    kind: 'boolean',
    section: 'Delivery and runtime',
    label: 'Must it rely on as little outside software as possible?',
    help: 'A small dependency footprint: keeping third-party packages to a minimum is a real priority.',
  },
  {
    field: 'expectedUsers',
    kind: 'integer',
    section: 'Delivery and runtime',
    label: 'How many people will use it at the busiest time?',
    help: 'Users at peak; recorded for planning, the framework choice does not depend on it.',
    min: 0,
    max: Number.MAX_SAFE_INTEGER,
  },
];

export const ANSWER_FIELDS: readonly AnswerField[] = QUESTIONS.map((q) => q.field);

/** Words a client reads for an answer: the option label, Yes/No, or the number. */
export function describeAnswer(field: AnswerField, value: unknown): string {
  const question = QUESTIONS.find((q) => q.field === field);
  if (value === undefined || question === undefined) return 'Not answered';
  if (question.kind === 'boolean') return value === true ? 'Yes' : 'No';
  if (question.kind === 'integer') return typeof value === 'number' ? value.toLocaleString('en-US') : answerText(value);
  return question.options.find((o) => o.value === value)?.label ?? answerText(value);
}

export function questionLabel(field: AnswerField): string {
  return QUESTIONS.find((q) => q.field === field)?.label ?? field;
}

/** Whether the editor asks a question: "extends that codebase" only once a framework in use is named. */
export function isAsked(field: AnswerField, requirements: Requirements): boolean {
  if (field !== 'extendingExisting') return true;
  const existing = requirements.existingFramework;
  return existing !== undefined && existing !== 'none';
}
