// Effort knowledge: one row per work item a scope may start with, its condition on the answers, three-point days per
// framework, the role and phase, and the sentence on why the frameworks differ. Data only; draft.ts applies it.
// The "Why:" notes follow the argument summarised in shared/README.md, "Why the rules weigh what they do".
import type { Condition } from '../engine/knowledge';
import type { Framework } from '../engine/requirements';
import type { ThreePoint } from './schema';
import type { ScaleDriver } from './sizing';

/** An engine condition, optionally also holding when the question is unanswered (so a draft errs on including work). */
export type WorkCondition = Condition & { orUnanswered?: boolean };
export type WorkWhen = 'always' | { all: readonly WorkCondition[] } | { any: readonly WorkCondition[] };

export interface WorkItemRule {
  /** Becomes the drafted item's id. */
  id: string;
  title: string;
  /** What the client gets, in a sentence. */
  description: string;
  phase: Phase;
  /** A role id of the default rate card (shared/scope/schema.ts). */
  role: 'developer' | 'senior-developer' | 'designer';
  when: WorkWhen;
  days: Record<Framework, ThreePoint>;
  /** Why the days differ between frameworks (or why they do not). */
  why: string;
  /** An add-on rather than committed work: always, or only when these answers hold. */
  optional?: boolean | WorkWhen;
  /** The row does not apply when any of these holds (a demo for hours needs no handover). */
  unless?: readonly WorkCondition[];
  /** Other days for some frameworks when the answers say so; the first variant that applies wins. */
  variants?: readonly { when: WorkWhen; days: Partial<Record<Framework, ThreePoint>> }[];
  /**
   * A framework's days hold only when its suggested stack (shared/engine/stack.ts) lists this package; without it, the
   * `handBuilt` days count. The price and the recommendation then rest on the same facts.
   */
  configuredBy?: Partial<Record<Framework, string>>;
  handBuilt?: Partial<Record<Framework, ThreePoint>>;
  /** What the days grow with (shared/scope/sizing.ts). */
  scales?: readonly ScaleDriver[];
  /** When the work extends a running application: `omit` (it already has this), `share` (part of the days: extending it). */
  extending?: 'omit' | 'share';
  /** Drafted only while no features are listed: a placeholder for the product's own work. */
  placeholder?: boolean;
}

/** Phases in delivery order; a draft lists items in this order, so its phases appear in it too. */
export const PHASES = ['Discovery', 'Foundations', 'Build', 'Quality', 'Launch'] as const;
export type Phase = (typeof PHASES)[number];

const same = (low: number, likely: number, high: number): Record<Framework, ThreePoint> => ({
  django: { low, likely, high },
  flask: { low, likely, high },
  fastapi: { low, likely, high },
});
const d = (low: number, likely: number, high: number): ThreePoint => ({ low, likely, high });

const hasUi: WorkCondition = { field: 'userInterface', is: ['server-rendered', 'spa-frontend'], orUnanswered: true };
const noDatabase: WorkWhen = { all: [{ field: 'dataModel', is: ['none'] }] };
const noLoginPages: WorkWhen = { all: [{ field: 'userInterface', is: ['spa-frontend', 'none'] }] };
const shortLived: WorkCondition = { field: 'lifetime', is: ['hours', 'weeks'] };

export const WORK_ITEMS: readonly WorkItemRule[] = [
  {
    id: 'discovery',
    title: 'Discovery and backlog',
    description: 'Workshops to turn the goals into a prioritised backlog with acceptance criteria.',
    phase: 'Discovery',
    role: 'senior-developer',
    when: 'always',
    days: same(1.5, 2.5, 4),
    why: 'Understanding the product takes the same time whichever framework is chosen.',
    scales: ['volume', 'rigour'],
  },
  // Why: a Django project starts with structure, settings and security middleware in place; Flask leaves the layout to the team.
  {
    id: 'project-setup',
    title: 'Project setup',
    description: 'Repository, project layout, settings per environment, code quality checks and a first deploy of an empty app.',
    phase: 'Foundations',
    role: 'developer',
    when: 'always',
    days: { django: d(0.5, 1, 2), flask: d(1, 2, 3), fastapi: d(1, 1.5, 2.5) },
    why: 'Django starts with a standard layout, settings and security middleware; with Flask the team first chooses and arranges its own.',
    // Without a database there is nothing for Flask to choose and wire: a few files and a route.
    variants: [{ when: noDatabase, days: { flask: d(0.25, 0.75, 1.5), fastapi: d(0.25, 0.75, 1.5) } }],
    extending: 'omit',
    scales: ['rigour'],
  },
  // Why: Flask must choose and configure SQLAlchemy and a migration tool such as Alembic before product work begins.
  {
    id: 'data-layer',
    title: 'Database access and migrations setup',
    description: 'Connection to the database, the mapping layer and a migration tool wired into development and deployment.',
    phase: 'Foundations',
    role: 'developer',
    when: { all: [{ field: 'dataModel', is: ['simple', 'relational', 'complex'], orUnanswered: true }] },
    days: { django: d(0.25, 0.5, 1), flask: d(2, 3, 5), fastapi: d(1.5, 2.5, 4) },
    why: 'Django’s ORM and one-command migrations come built in; Flask and FastAPI projects must pick SQLAlchemy and Alembic and make them work together before any feature is written.',
    extending: 'omit',
    scales: ['rigour'],
  },
  {
    id: 'data-model-simple',
    title: 'Data model',
    description: 'The tables the product needs, with their validation and migrations.',
    phase: 'Foundations',
    role: 'developer',
    when: { all: [{ field: 'dataModel', is: ['simple'] }] },
    days: { django: d(1.5, 2.5, 4), flask: d(2, 3, 5), fastapi: d(2, 3, 5) },
    why: 'A few simple tables take similar effort everywhere; Django generates each migration from the model, which saves a little.',
    scales: ['volume', 'rigour'],
    extending: 'share',
  },
  {
    id: 'data-model-relational',
    title: 'Relational data model',
    description: 'Related tables with their constraints, queries and migrations.',
    phase: 'Foundations',
    role: 'senior-developer',
    when: { all: [{ field: 'dataModel', is: ['relational'], orUnanswered: true }] },
    days: { django: d(4, 6, 9), flask: d(5, 8, 12), fastapi: d(5, 8, 12) },
    why: 'Relationships, constraints and migrations are handled by one integrated ORM in Django; elsewhere they are assembled from separate libraries.',
    scales: ['volume', 'rigour'],
    extending: 'share',
  },
  {
    id: 'data-model-complex',
    title: 'Complex data model',
    description: 'A large schema expected to change, with careful migrations and data integrity rules.',
    phase: 'Foundations',
    role: 'senior-developer',
    when: { all: [{ field: 'dataModel', is: ['complex'] }] },
    days: { django: d(8, 12, 18), flask: d(10, 15, 24), fastapi: d(10, 15, 24) },
    why: 'A schema that keeps changing needs many migrations; Django writes them from the models, while SQLAlchemy and Alembic need more hand work per change.',
    scales: ['volume', 'rigour'],
    extending: 'share',
  },
  // Why: the built-in authentication handles registration, login, logout, resets and permissions; doing it by hand takes days.
  {
    id: 'accounts',
    title: 'User accounts',
    description: 'Registration, login, logout and password reset with secure defaults.',
    phase: 'Foundations',
    role: 'developer',
    when: { all: [{ field: 'auth', is: ['basic'] }] },
    days: { django: d(1, 1.5, 2.5), flask: d(3, 5, 8), fastapi: d(3, 5, 8) },
    why: 'Django’s accounts system is ready and secure by default; building login, resets and sessions correctly by hand takes experienced developers days.',
    // Django's saving is mostly its login, logout and reset pages; behind an API or a separate front end they go unused.
    variants: [{ when: noLoginPages, days: { django: d(2.5, 4, 6) } }],
    extending: 'share',
    scales: ['rigour'],
  },
  {
    id: 'accounts-permissions',
    title: 'User accounts, roles and permissions',
    description: 'Registration, login and password reset, plus roles that decide who may see and change what.',
    phase: 'Foundations',
    role: 'senior-developer',
    when: { all: [{ field: 'auth', is: ['roles'] }] },
    days: { django: d(2, 3, 5), flask: d(6, 9, 14), fastapi: d(6, 9, 14) },
    why: 'Permissions and groups are part of Django’s core; without them every role check and its tests must be designed and written from scratch.',
    variants: [{ when: noLoginPages, days: { django: d(4, 6.5, 10) } }],
    extending: 'share',
    scales: ['rigour'],
  },
  // Why: the admin replaces what would take weeks of custom development.
  {
    id: 'back-office',
    title: 'Staff back office',
    description: 'Screens for staff to find, create, edit and remove the product’s records.',
    phase: 'Build',
    role: 'developer',
    when: { all: [{ field: 'adminPanel', is: [true] }] },
    days: { django: d(2, 4, 6), flask: d(4, 6, 10), fastapi: d(4, 7, 11) },
    why: 'Django’s admin is the most complete and is configured in days; Flask-Admin and SQLAdmin are configured too but need more work for permissions, filters and actions, and a back office written as custom screens takes weeks.',
    // Priced by what the suggested stack uses: configured from a package when it lists one, hand-built otherwise.
    configuredBy: { django: 'Django', flask: 'Flask-Admin', fastapi: 'SQLAdmin' },
    handBuilt: { flask: d(12, 20, 30), fastapi: d(12, 20, 30) },
    scales: ['volume', 'rigour'],
    extending: 'share',
  },
  {
    id: 'api',
    title: 'JSON API',
    description: 'The endpoints a front end or another system calls, with validation and error responses.',
    phase: 'Build',
    role: 'developer',
    when: {
      any: [
        { field: 'userInterface', is: ['spa-frontend', 'none'] },
        { field: 'projectKind', is: ['api-service', 'microservice'] },
        { field: 'apiDocs', is: [true] },
      ],
    },
    days: { django: d(4, 6, 10), flask: d(4, 6, 10), fastapi: d(3, 5, 8) },
    why: 'FastAPI validates requests and shapes responses from type hints; Django needs REST framework serializers and Flask a library the team picks.',
    scales: ['volume', 'rigour'],
    extending: 'share',
  },
  // Why (FastAPI; shared/README.md, "Why the rules weigh what they do"): documentation is generated from the typed code.
  {
    id: 'api-docs',
    title: 'API documentation',
    description: 'Interactive OpenAPI documentation that stays in step with the API.',
    phase: 'Build',
    role: 'developer',
    when: { all: [{ field: 'apiDocs', is: [true] }] },
    days: { django: d(1, 2, 3), flask: d(1.5, 2.5, 4), fastapi: d(0.25, 0.5, 1) },
    why: 'FastAPI publishes OpenAPI documentation from the code at no extra cost; Django and Flask need an add-on configured and annotations kept up to date.',
    scales: ['volume', 'rigour'],
    extending: 'share',
  },
  {
    id: 'realtime',
    title: 'Real-time updates',
    description: 'Live connections (websockets or streaming) that push changes to users as they happen.',
    phase: 'Build',
    role: 'senior-developer',
    when: { all: [{ field: 'concurrency', is: ['realtime'] }] },
    days: { django: d(4, 6, 10), flask: d(5, 8, 12), fastapi: d(3, 5, 8) },
    why: 'Websockets are native to FastAPI’s async design; Django adds them through Channels and Flask through an extension with its own worker setup.',
  },
  {
    id: 'concurrent-io',
    title: 'Concurrent calls to other services',
    description: 'Many slow calls to other systems handled at once without blocking, with timeouts and retries.',
    phase: 'Build',
    role: 'senior-developer',
    when: { all: [{ field: 'concurrency', is: ['high-async'] }] },
    days: { django: d(3, 5, 8), flask: d(3, 5, 8), fastapi: d(2, 3, 5) },
    why: 'FastAPI awaits slow calls inside the request; Django and Flask usually move them to a task queue such as Celery, which is one more system to build and run.',
  },
  // Why (FastAPI; shared/README.md, "Why the rules weigh what they do"): request and response schemas come from the code.
  {
    id: 'model-serving',
    title: 'Model serving',
    description:
      'An endpoint that answers with the trained model’s predictions: inputs and outputs validated, the model versioned, heavy inference kept off the request.',
    phase: 'Build',
    role: 'senior-developer',
    when: { all: [{ field: 'mlWork', is: ['model-serving'] }] },
    days: { django: d(4, 6, 10), flask: d(4, 6, 10), fastapi: d(3, 4.5, 7) },
    why: 'FastAPI validates and documents the model’s inputs and outputs from Pydantic schemas; in Django or Flask that layer is written by hand or from an add-on.',
  },
  {
    id: 'data-pipelines',
    title: 'Notebooks to production jobs',
    description: 'The analysis or training now run in notebooks, turned into tested, scheduled jobs on a task queue.',
    phase: 'Build',
    role: 'senior-developer',
    when: { all: [{ field: 'mlWork', is: ['data-pipelines'] }] },
    days: same(5, 8, 13),
    why: 'Turning notebooks into tested jobs is the same Python work whichever framework serves the pages.',
  },
  // Why (Django; shared/README.md): the admin logs changes made through it, and its permissions are built in.
  {
    id: 'audit-trail',
    title: 'Audit trail and compliance',
    description: 'A record of who saw and changed what, retention rules, and the reports an auditor asks for.',
    phase: 'Build',
    role: 'senior-developer',
    when: { all: [{ field: 'regulatedData', is: [true] }] },
    days: { django: d(3, 5, 8), flask: d(5, 8, 12), fastapi: d(5, 8, 12) },
    why: 'Django’s admin already logs the changes made through it and packages such as django-simple-history keep every version of a record; in Flask or FastAPI the history is designed model by model.',
  },
  {
    id: 'services',
    title: 'Service boundaries and communication',
    description: 'How the services split the work, talk to each other and are deployed one by one.',
    phase: 'Foundations',
    role: 'senior-developer',
    when: { all: [{ field: 'architecture', is: ['microservices'] }] },
    days: { django: d(5, 8, 12), flask: d(3, 5, 8), fastapi: d(3, 5, 8) },
    why: 'Small independent services suit a light framework; each Django service carries settings and structure made for a whole application.',
    scales: ['volume', 'rigour'],
  },
  {
    id: 'design',
    title: 'Interface design',
    description: 'Page layouts, the visual style and the interactive states, agreed with the client.',
    phase: 'Build',
    role: 'designer',
    when: { all: [hasUi] },
    days: same(2, 3, 5),
    why: 'Design work does not depend on the back-end framework.',
    scales: ['volume', 'rigour', 'reach'],
    extending: 'share',
  },
  {
    id: 'pages',
    title: 'Server-rendered pages and forms',
    description: 'The product’s pages, forms and validation messages, rendered by the server.',
    phase: 'Build',
    role: 'developer',
    when: { all: [{ field: 'userInterface', is: ['server-rendered'] }] },
    days: { django: d(3, 5, 8), flask: d(4, 6, 9), fastapi: d(5, 8, 12) },
    why: 'Django brings templates, forms and cross-site request protection; Flask adds forms through extensions, and FastAPI, made for APIs, leaves page work to the team.',
    scales: ['volume', 'rigour'],
    extending: 'share',
  },
  {
    id: 'front-end',
    title: 'Single-page front end',
    description: 'A separate browser application (React, Vue or similar) on top of the API.',
    phase: 'Build',
    role: 'developer',
    when: { all: [{ field: 'userInterface', is: ['spa-frontend'] }] },
    days: same(5, 8, 13),
    why: 'A separate front end is the same work whichever framework serves its API.',
    scales: ['volume', 'rigour'],
    extending: 'share',
  },
  {
    id: 'features-prototype',
    title: 'Prototype features',
    description: 'The few screens or calls that prove the idea works, to be detailed with the client.',
    phase: 'Build',
    role: 'developer',
    when: { all: [{ field: 'projectKind', is: ['prototype'] }] },
    days: { django: d(3, 5, 8), flask: d(2, 4, 6), fastapi: d(2, 4, 6) },
    why: 'A minimal framework gets a throwaway proof of concept running with the least ceremony.',
    placeholder: true,
  },
  {
    id: 'features-service',
    title: 'Service features',
    description: 'The service’s own business rules and integrations, to be detailed with the client.',
    phase: 'Build',
    role: 'developer',
    when: { all: [{ field: 'projectKind', is: ['api-service', 'microservice'] }] },
    days: same(5, 8, 12),
    why: 'Business rules take the same time to write in any of the three frameworks.',
    placeholder: true,
  },
  {
    id: 'features-product',
    title: 'Product features',
    description: 'The product’s own business rules and screens, to be broken down with the client.',
    phase: 'Build',
    role: 'developer',
    when: { all: [{ field: 'projectKind', is: ['web-app', 'content-platform', 'ecommerce', 'saas', 'data-tool', 'other'], orUnanswered: true }] },
    days: same(10, 15, 25),
    why: 'The product’s own logic is the same code in any framework; what differs is the groundwork counted in the other items.',
    placeholder: true,
  },
  // Why: every Django project follows the same layout, so tests live where everyone expects them.
  {
    id: 'test-suite',
    title: 'Automated tests and continuous integration',
    description: 'A test suite that runs on every change, with a test database and a build pipeline.',
    phase: 'Quality',
    role: 'developer',
    when: 'always',
    days: { django: d(2, 3, 5), flask: d(2.5, 4, 6), fastapi: d(2, 3, 5) },
    why: 'Django’s test runner creates a test database by itself; a Flask project first builds its own fixtures for the app and the database.',
    variants: [{ when: noDatabase, days: { flask: d(2, 3, 5) } }],
    scales: ['volume', 'life'],
    extending: 'share',
  },
  {
    id: 'load-testing',
    title: 'Load testing',
    description: 'Measured behaviour at the expected peak, with the slowest paths found and fixed.',
    phase: 'Quality',
    role: 'senior-developer',
    when: { all: [{ field: 'expectedUsers', atLeast: 10000 }] },
    days: same(2, 3, 5),
    why: 'Load depends on the database and business logic far more than on the framework, so the effort is the same.',
    optional: true,
  },
  {
    id: 'deployment',
    title: 'Deployment and hosting',
    description: 'Production and staging environments, HTTPS, backups and a repeatable release.',
    phase: 'Launch',
    role: 'developer',
    when: 'always',
    days: same(2, 3, 5),
    why: 'A server, a database, HTTPS and a release pipeline are needed whichever framework runs on them.',
    scales: ['life', 'reach'],
    extending: 'omit',
  },
  // Why: conventions make any Django project familiar to newcomers and cut onboarding time.
  {
    id: 'handover',
    title: 'Handover documentation',
    description: 'Written guidance so new developers can find their way and make changes safely.',
    phase: 'Launch',
    role: 'developer',
    when: {
      any: [
        { field: 'teamTurnover', is: ['high'] },
        { field: 'lifetime', is: ['years'] },
      ],
    },
    days: { django: d(1, 1.5, 2), flask: d(2, 3, 4), fastapi: d(1.5, 2.5, 3.5) },
    why: 'Newcomers already know where things live in a Django project; a custom Flask layout has to be explained in writing.',
    // Without a database a Flask or FastAPI app is a few modules: there is little layout to explain.
    variants: [{ when: noDatabase, days: { flask: d(1, 1.5, 2), fastapi: d(1, 1.5, 2) } }],
    unless: [shortLived],
    scales: ['volume'],
    extending: 'share',
  },
  {
    id: 'monitoring',
    title: 'Monitoring and alerting',
    description: 'Error tracking, uptime checks and alerts so problems are seen before users report them.',
    phase: 'Launch',
    role: 'developer',
    when: { all: [{ field: 'lifetime', is: ['months', 'years'], orUnanswered: true }] },
    days: same(1, 2, 3),
    why: 'Monitoring tools plug into all three frameworks in the same way.',
    // Software that must run for years cannot go without it; for some months it is the client's choice.
    optional: { all: [{ field: 'lifetime', is: ['months'], orUnanswered: true }] },
    extending: 'omit',
    scales: ['reach'],
  },
  {
    id: 'support-plan',
    title: 'Support and maintenance plan',
    description: 'A runbook, the upgrade calendar of the framework and its packages, and who answers which incident, agreed before launch.',
    phase: 'Launch',
    role: 'senior-developer',
    when: { all: [{ field: 'lifetime', is: ['years'] }] },
    days: same(1, 2, 3),
    why: 'Every framework needs its security releases applied for as long as the software runs; planning that takes the same time for all three.',
    extending: 'omit',
    scales: ['reach'],
  },
];

/** Texts a drafted scope starts with; the consultant edits them like any other field. */
/** The first drafts' default texts, kept for readers of this module; drafts now take theirs from default-texts.ts, by the answers. */
export const DEFAULT_ASSUMPTIONS: readonly string[] = [
  'Days are working days of one person; each item’s expected days are (low + 4 × likely + high) / 6.',
  'The client gives feedback on each delivery within two working days.',
  'Third-party services the product uses offer documented APIs and test accounts.',
  'The product is hosted with a mainstream cloud provider chosen together at the start.',
];

export const DEFAULT_EXCLUSIONS: readonly string[] = [
  'Native mobile apps.',
  'Writing content, translating it and entering existing data.',
  'Hosting and third-party service fees, billed to the client directly.',
  'Support and maintenance after launch, quoted separately.',
];

export const DEFAULT_CLIENT_RESPONSIBILITIES: readonly string[] = [
  'Name one product owner who can make decisions and attend reviews.',
  'Provide content, brand assets and realistic test data on time.',
  'Give access to existing systems, accounts and documentation the work depends on.',
  'Run acceptance testing and sign off each release.',
];
