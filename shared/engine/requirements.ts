// The requirements record: PRODUCT.md's public contract, as zod schemas and as question metadata.
// Pure data and validation only; scoring lives in score.ts. Never rename a field or a value here.
import { z } from 'zod';

export const FRAMEWORKS = ['django', 'flask', 'fastapi'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export const FRAMEWORK_NAMES: Record<Framework, string> = {
  django: 'Django',
  flask: 'Flask',
  fastapi: 'FastAPI',
};

export const PROJECT_KINDS = [
  'web-app',
  'content-platform',
  'ecommerce',
  'saas',
  'data-tool',
  'api-service',
  'microservice',
  'prototype',
  'other',
] as const;
export const USER_INTERFACES = ['server-rendered', 'spa-frontend', 'none'] as const;
export const AUTH_LEVELS = ['none', 'basic', 'roles'] as const;
export const DATA_MODELS = ['none', 'simple', 'relational', 'complex'] as const;
export const TEAM_EXPERIENCE = ['beginner', 'mixed', 'senior'] as const;
export const TEAM_TURNOVER = ['low', 'high'] as const;
export const LIFETIMES = ['hours', 'weeks', 'months', 'years'] as const;
export const ARCHITECTURES = ['monolith', 'microservices', 'unconventional'] as const;
export const CONCURRENCY = ['typical', 'high-async', 'realtime'] as const;
export const EXISTING_FRAMEWORKS = ['none', 'django', 'flask', 'fastapi'] as const;

export const TEAM_SIZE_MAX = 1000;
export const NOTES_MAX = 20000;

/** The record as PRODUCT.md defines it. Every field is optional; unknown fields are refused so a typo never passes as "unanswered". */
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
    notes: z.string().max(NOTES_MAX),
  })
  .partial()
  .strict();

export type Requirements = z.infer<typeof requirementsSchema>;
export type RequirementField = keyof Requirements;
/** The fields that are questions with answers the engine weighs (everything but free text). */
export type AnswerField = Exclude<RequirementField, 'notes'>;

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
    label: 'What is being built',
    help: 'Pick the closest match; "Other" is fine when nothing fits.',
    options: [
      { value: 'web-app', label: 'Web application' },
      { value: 'content-platform', label: 'Content platform' },
      { value: 'ecommerce', label: 'E-commerce' },
      { value: 'saas', label: 'SaaS product' },
      { value: 'data-tool', label: 'Data-driven tool' },
      { value: 'api-service', label: 'API service' },
      { value: 'microservice', label: 'Microservice' },
      { value: 'prototype', label: 'Prototype / proof of concept' },
      { value: 'other', label: 'Other' },
    ],
  },
  {
    field: 'userInterface',
    kind: 'choice',
    section: 'Product',
    label: 'User interface',
    help: 'Pages rendered by the server, a separate front end (React, Vue...), or no UI at all.',
    options: [
      { value: 'server-rendered', label: 'Server-rendered pages' },
      { value: 'spa-frontend', label: 'Separate front end (SPA)' },
      { value: 'none', label: 'No user interface' },
    ],
  },
  {
    field: 'adminPanel',
    kind: 'boolean',
    section: 'Product',
    label: 'Back office for staff',
    help: 'Will staff manage content, orders or users through an admin screen?',
  },
  {
    field: 'auth',
    kind: 'choice',
    section: 'Data and access',
    label: 'User accounts',
    help: 'No accounts, a simple login, or roles and permissions.',
    options: [
      { value: 'none', label: 'No accounts' },
      { value: 'basic', label: 'Login only' },
      { value: 'roles', label: 'Roles and permissions' },
    ],
  },
  {
    field: 'dataModel',
    kind: 'choice',
    section: 'Data and access',
    label: 'Data model',
    help: 'How much related data there is, and how often its shape will change.',
    options: [
      { value: 'none', label: 'No database' },
      { value: 'simple', label: 'A few simple tables' },
      { value: 'relational', label: 'Relational data' },
      { value: 'complex', label: 'Complex, evolving schema' },
    ],
  },
  {
    field: 'teamSize',
    kind: 'integer',
    section: 'Team',
    label: 'Team size',
    help: 'Developers working on the project.',
    min: 1,
    max: TEAM_SIZE_MAX,
  },
  {
    field: 'teamExperience',
    kind: 'choice',
    section: 'Team',
    label: 'Team experience',
    help: "The team's experience building Python web applications.",
    options: [
      { value: 'beginner', label: 'Mostly beginners' },
      { value: 'mixed', label: 'Mixed' },
      { value: 'senior', label: 'All senior' },
    ],
  },
  {
    field: 'teamTurnover',
    kind: 'choice',
    section: 'Team',
    label: 'Team turnover',
    help: 'Will developers join and leave over the life of the project?',
    options: [
      { value: 'low', label: 'Stable team' },
      { value: 'high', label: 'People will come and go' },
    ],
  },
  {
    field: 'existingFramework',
    kind: 'choice',
    section: 'Team',
    label: 'Framework already in use',
    help: 'What the team runs in production today, if anything.',
    options: [
      { value: 'none', label: 'None' },
      { value: 'django', label: 'Django' },
      { value: 'flask', label: 'Flask' },
      { value: 'fastapi', label: 'FastAPI' },
    ],
  },
  {
    field: 'extendingExisting',
    kind: 'boolean',
    section: 'Team',
    label: 'Extends that codebase',
    help: 'The work adds to the running codebase named above, rather than starting a new one.',
  },
  {
    field: 'lifetime',
    kind: 'choice',
    section: 'Delivery and runtime',
    label: 'Expected lifetime',
    help: 'How long it must run and be maintained.',
    options: [
      { value: 'hours', label: 'Hours (a demo)' },
      { value: 'weeks', label: 'Weeks' },
      { value: 'months', label: 'Months' },
      { value: 'years', label: 'Years' },
    ],
  },
  {
    field: 'architecture',
    kind: 'choice',
    section: 'Delivery and runtime',
    label: 'Architecture',
    help: 'One application, a set of small services, or something unusual.',
    options: [
      { value: 'monolith', label: 'Single application' },
      { value: 'microservices', label: 'Microservices' },
      { value: 'unconventional', label: 'Unconventional' },
    ],
  },
  {
    field: 'concurrency',
    kind: 'choice',
    section: 'Delivery and runtime',
    label: 'Request profile',
    help: 'Ordinary traffic, many concurrent slow I/O calls, or live connections.',
    options: [
      { value: 'typical', label: 'Typical' },
      { value: 'high-async', label: 'Many concurrent I/O calls' },
      { value: 'realtime', label: 'Real-time (websockets, streaming)' },
    ],
  },
  {
    field: 'apiDocs',
    kind: 'boolean',
    section: 'Delivery and runtime',
    label: 'Generated API documentation',
    help: 'A typed API with OpenAPI documentation produced from the code.',
  },
  {
    field: 'minimalDependencies',
    kind: 'boolean',
    section: 'Delivery and runtime',
    label: 'Small dependency footprint',
    help: 'Keeping third-party packages to a minimum is a real priority.',
  },
  {
    field: 'expectedUsers',
    kind: 'integer',
    section: 'Delivery and runtime',
    label: 'Users at peak',
    help: 'Recorded for planning; framework choice does not depend on it.',
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
  if (question.kind === 'integer') return typeof value === 'number' ? value.toLocaleString('en-US') : String(value);
  return question.options.find((o) => o.value === value)?.label ?? String(value);
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
