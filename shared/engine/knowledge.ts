// The knowledge base: each rule is a condition on one or more answers, signed weights per framework, the id of the plain
// sentence a client reads (messages/engine/, `engine_rule_<id>`, looked up in sentences.ts), and the source it rests on.
// Data only, no words: shared/engine/README.md explains how it is read.
import type { ProposalLanguage } from '../i18n/language';
import type { AnswerField, Framework } from './requirements';
import { RULE_TEXT, say, TRADE_OFF_TEXT } from './sentences';

/** A condition on one answer; it holds only when that question is answered (an open question is neutral). */
export type Condition = { field: AnswerField; is: readonly (string | boolean)[] } | { field: 'teamSize' | 'expectedUsers'; atLeast?: number; atMost?: number };

export interface Rule {
  id: string;
  /** Every condition must hold. The first names the answer the reason is filed under (its `factor`). */
  when: readonly Condition[];
  /** When given, at least one of these must hold too. Only weightless rules use it, so evidence stays simple to count. */
  whenAny?: readonly Condition[];
  /** The rule is off when any of these holds (an answered question that makes the sentence untrue). */
  unless?: readonly Condition[];
  effects: Partial<Record<Framework, number>>;
  /**
   * True of nearly every long-lived web project ("a web app", "for years", "pages in the browser"), so it says little
   * about the choice: it still adds its points, but confidence is never high on such answers alone (confidence.ts).
   */
  generic?: true;
  /** The sentence in English (messages/engine/en.json, `engine_rule_<id>`); `ruleText` gives it in another language. */
  text: string;
  /** Where the rule comes from: a section of the published Codism.io “Django vs Flask” article, a framework's documentation, or established practice
   *  with a reference. shared/README.md, "Why the rules weigh what they do", summarises the argument. */
  source: string;
}

/** A trade-off of a framework for this project: shown against the winner, never scored. */
export interface TradeOff {
  id: string;
  framework: Framework;
  when: readonly Condition[];
  /** The sentence in English (`engine_trade_off_<id>`); `tradeOffText` gives it in another language. */
  text: string;
  source: string;
}

/** Where the rules come from, in English as the recommendation quotes them; sources.ts writes them in other languages. */
const guide = (section: string): string => `Codism.io, “Django vs Flask” guide: ${section}`;
const FLASK_WINS = guide('When Flask genuinely wins the comparison');
const FEATURES = guide('Django features vs Flask features');
const PRODUCTIVITY = guide('The productivity argument');
const SCALE = guide('Is Django better than Flask for scalability?');
const FUNDAMENTALS = guide('Understanding the fundamental difference');
const FAQ_BEGINNERS = guide('FAQ, which framework should beginners learn');
const FAQ_MICRO = guide('FAQ, can Django be used as a microframework');
const FASTAPI_FEATURES = 'FastAPI documentation, Features (https://fastapi.tiangolo.com/features/)';
const FASTAPI_ASYNC = 'FastAPI documentation, Concurrency and async (https://fastapi.tiangolo.com/async/)';
const FASTAPI_WS = 'FastAPI documentation, WebSockets (https://fastapi.tiangolo.com/advanced/websockets/)';
const FASTAPI_VERSIONS = 'FastAPI documentation, About FastAPI versions (https://fastapi.tiangolo.com/deployment/versions/)';
const DJANGO_LTS = 'Django supported versions and LTS schedule (https://www.djangoproject.com/download/#supported-versions)';
const DJANGO_ASYNC = 'Django documentation, Asynchronous support (https://docs.djangoproject.com/en/6.0/topics/async/)';
const DJANGO_PERMS = 'Django documentation, Customizing authentication: object permissions (https://docs.djangoproject.com/en/6.0/topics/auth/customizing/)';
const FLASK_DESIGN = 'Flask documentation, Design decisions (https://flask.palletsprojects.com/en/stable/design/)';
const FLASK_ASYNC = 'Flask documentation, Using async and await (https://flask.palletsprojects.com/en/stable/async-await/)';
const FLASK_SOCKETIO = 'Flask-SocketIO documentation (https://flask-socketio.readthedocs.io/)';
const REWRITE = 'Established practice: extend a running codebase unless a rewrite pays for itself';
export const REWRITE_SOURCE = REWRITE;
const CHANNELS = 'Django Channels documentation (https://channels.readthedocs.io/)';
const MODEL_SERVING = 'FastAPI documentation, Features: data validation with Pydantic and automatic OpenAPI (https://fastapi.tiangolo.com/features/)';
const DJANGO_SECURITY = 'Django documentation, Security in Django (https://docs.djangoproject.com/en/6.0/topics/security/)';
const DJANGO_ADMIN = 'Django documentation, The Django admin site (https://docs.djangoproject.com/en/6.0/ref/contrib/admin/)';
const TASKS =
  'Django documentation, Tasks framework (https://docs.djangoproject.com/en/6.0/topics/tasks/); Celery with Flask (https://flask.palletsprojects.com/en/stable/patterns/celery/); FastAPI Background Tasks (https://fastapi.tiangolo.com/tutorial/background-tasks/)';

/**
 * Extending a running codebase outweighs every other need: any other framework means rebuilding what works before the
 * new work starts. 20 points is more than the back office, roles, complex data, server-rendered pages, a full product
 * and a changing team together give Django against Flask, so only a project that wants nearly all of them leaves it.
 */
const EXTENDING = 20;

const API_KINDS = ['api-service', 'microservice'] as const;
const ACCOUNTS = { field: 'auth', is: ['basic', 'roles'] } as const;
const ADMIN = { field: 'adminPanel', is: [true] } as const;
const RELATIONAL = { field: 'dataModel', is: ['relational', 'complex'] } as const;

const RULE_ROWS: readonly Omit<Rule, 'text'>[] = [
  // Standard web apps, content platforms, shops, SaaS and data tools are where batteries-included wins.
  {
    id: 'kind-full-product',
    when: [{ field: 'projectKind', is: ['content-platform', 'ecommerce', 'saas'] }],
    effects: { django: 3 },
    source: guide('When Flask genuinely wins the comparison (“for everything else”)'),
  },
  {
    id: 'kind-web-app',
    when: [{ field: 'projectKind', is: ['web-app', 'data-tool'] }],
    effects: { django: 1 },
    generic: true,
    source: FLASK_WINS,
  },
  {
    id: 'kind-api',
    when: [{ field: 'projectKind', is: API_KINDS }],
    // A service that also renders pages is not the pure API the sentence describes.
    unless: [{ field: 'userInterface', is: ['server-rendered'] }],
    effects: { flask: 2, fastapi: 2, django: -1 },
    source: FAQ_MICRO,
  },
  // The article's own Flask case, read as one condition: an API with no user interface, accounts or back office.
  {
    id: 'small-api',
    when: [
      { field: 'projectKind', is: API_KINDS },
      { field: 'userInterface', is: ['none'] },
      { field: 'auth', is: ['none'] },
      { field: 'adminPanel', is: [false] },
    ],
    // Async I/O, generated docs or a model to serve are needs of their own, and not the plain case the sentence names.
    unless: [
      { field: 'concurrency', is: ['high-async', 'realtime'] },
      { field: 'apiDocs', is: [true] },
      { field: 'mlWork', is: ['model-serving'] },
    ],
    effects: { flask: 2 },
    source: FLASK_WINS,
  },
  // A proof of concept favours a blank canvas, but only while it stays short-lived.
  {
    id: 'kind-prototype',
    when: [{ field: 'projectKind', is: ['prototype'] }],
    unless: [{ field: 'lifetime', is: ['hours', 'weeks', 'months', 'years'] }],
    effects: { flask: 2 },
    source: FLASK_WINS,
  },
  {
    id: 'prototype-short',
    when: [
      { field: 'projectKind', is: ['prototype'] },
      { field: 'lifetime', is: ['hours', 'weeks'] },
    ],
    effects: { flask: 5 },
    source: FLASK_WINS,
  },
  {
    id: 'prototype-long',
    when: [
      { field: 'projectKind', is: ['prototype'] },
      { field: 'lifetime', is: ['months', 'years'] },
    ],
    effects: {},
    source: FLASK_WINS,
  },
  {
    id: 'lifetime-hours',
    when: [{ field: 'lifetime', is: ['hours'] }],
    unless: [{ field: 'projectKind', is: ['prototype'] }],
    effects: { flask: 3 },
    source: FLASK_WINS,
  },
  {
    id: 'lifetime-weeks',
    when: [{ field: 'lifetime', is: ['weeks'] }],
    unless: [{ field: 'projectKind', is: ['prototype'] }],
    effects: { flask: 1 },
    source: PRODUCTIVITY,
  },
  {
    id: 'lifetime-years',
    when: [{ field: 'lifetime', is: ['years'] }],
    effects: { django: 1 },
    generic: true,
    source: `${PRODUCTIVITY}; ${DJANGO_LTS}`,
  },
  {
    id: 'ui-server-rendered',
    when: [{ field: 'userInterface', is: ['server-rendered'] }],
    effects: { django: 2, flask: 1 },
    generic: true,
    source: `${FEATURES}; ${FLASK_DESIGN}`,
  },
  {
    id: 'ui-spa',
    when: [{ field: 'userInterface', is: ['spa-frontend'] }],
    effects: { fastapi: 1 },
    source: FASTAPI_FEATURES,
  },
  {
    id: 'ui-none',
    when: [{ field: 'userInterface', is: ['none'] }],
    effects: { flask: 1, fastapi: 1 },
    source: FLASK_WINS,
  },
  {
    id: 'auth-basic',
    when: [{ field: 'auth', is: ['basic'] }],
    unless: [{ field: 'userInterface', is: ['none', 'spa-frontend'] }],
    effects: { django: 1 },
    source: FEATURES,
  },
  {
    id: 'auth-basic-api',
    when: [
      { field: 'auth', is: ['basic'] },
      { field: 'userInterface', is: ['none', 'spa-frontend'] },
    ],
    effects: { django: 1 },
    source: FEATURES,
  },
  {
    id: 'auth-roles',
    when: [{ field: 'auth', is: ['roles'] }],
    effects: { django: 3 },
    source: `${FEATURES}; ${DJANGO_PERMS}`,
  },
  {
    id: 'auth-none',
    when: [{ field: 'auth', is: ['none'] }],
    effects: { flask: 1, fastapi: 1 },
    source: FLASK_WINS,
  },
  {
    id: 'admin-yes',
    when: [ADMIN],
    effects: { django: 4 },
    source: `${FEATURES}; ${DJANGO_ADMIN}`,
  },
  {
    id: 'admin-no',
    when: [{ field: 'adminPanel', is: [false] }],
    effects: { flask: 1, fastapi: 1 },
    source: FEATURES,
  },
  {
    id: 'data-complex',
    when: [{ field: 'dataModel', is: ['complex'] }],
    effects: { django: 3 },
    source: FEATURES,
  },
  {
    id: 'data-relational',
    when: [{ field: 'dataModel', is: ['relational'] }],
    effects: { django: 2 },
    source: FEATURES,
  },
  {
    id: 'data-none',
    when: [{ field: 'dataModel', is: ['none'] }],
    effects: { flask: 1, fastapi: 1 },
    source: FLASK_WINS,
  },
  {
    id: 'team-beginner',
    when: [{ field: 'teamExperience', is: ['beginner'] }],
    effects: { django: 3 },
    source: FAQ_BEGINNERS,
  },
  {
    id: 'team-mixed',
    when: [{ field: 'teamExperience', is: ['mixed'] }],
    effects: { django: 1 },
    generic: true,
    source: PRODUCTIVITY,
  },
  {
    id: 'team-senior',
    when: [{ field: 'teamExperience', is: ['senior'] }],
    // Flask and FastAPI leave the same choices to the team, so seniority does not separate the two.
    effects: { flask: 2, fastapi: 2 },
    source: FLASK_WINS,
  },
  {
    id: 'turnover-high',
    when: [{ field: 'teamTurnover', is: ['high'] }],
    effects: { django: 2 },
    source: PRODUCTIVITY,
  },
  {
    id: 'team-large',
    when: [{ field: 'teamSize', atLeast: 5 }],
    effects: { django: 2 },
    source: PRODUCTIVITY,
  },
  {
    id: 'team-tiny',
    when: [{ field: 'teamSize', atMost: 2 }],
    effects: { flask: 1, fastapi: 1 },
    source: PRODUCTIVITY,
  },
  {
    id: 'arch-monolith',
    when: [{ field: 'architecture', is: ['monolith'] }],
    // Weightless: every framework builds one application; what it must contain is what separates them.
    effects: {},
    source: SCALE,
  },
  // A service's kind already says "small and on its own": the architecture only adds news for other kinds.
  {
    id: 'arch-microservices',
    when: [{ field: 'architecture', is: ['microservices'] }],
    unless: [{ field: 'projectKind', is: API_KINDS }],
    effects: { flask: 2, fastapi: 2, django: -1 },
    source: SCALE,
  },
  {
    id: 'arch-unconventional',
    when: [{ field: 'architecture', is: ['unconventional'] }],
    effects: { flask: 4, fastapi: 2, django: -2 },
    source: FLASK_WINS,
  },
  {
    id: 'concurrency-async',
    when: [{ field: 'concurrency', is: ['high-async'] }],
    // The clearest separation in the domain: the others can serve it only with workarounds.
    effects: { fastapi: 6 },
    source: `${FASTAPI_ASYNC}; ${DJANGO_ASYNC}; ${FLASK_ASYNC}`,
  },
  {
    id: 'concurrency-realtime',
    when: [{ field: 'concurrency', is: ['realtime'] }],
    effects: { fastapi: 6 },
    source: `${FASTAPI_WS}; ${CHANNELS}; ${FLASK_SOCKETIO}`,
  },
  {
    id: 'api-docs',
    when: [{ field: 'apiDocs', is: [true] }],
    effects: { fastapi: 3 },
    source: FASTAPI_FEATURES,
  },
  // Minimal dependencies favour Flask only while the project needs little: accounts, an admin, relational data or
  // websockets make Flask plus its extensions the larger footprint.
  {
    id: 'deps-minimal',
    when: [{ field: 'minimalDependencies', is: [true] }],
    unless: [ACCOUNTS, ADMIN, RELATIONAL, { field: 'concurrency', is: ['realtime'] }],
    effects: { flask: 3, fastapi: 1, django: -1 },
    source: guide('FAQ, when should developers choose Flask over Django'),
  },
  {
    id: 'deps-minimal-realtime',
    when: [
      { field: 'minimalDependencies', is: [true] },
      { field: 'concurrency', is: ['realtime'] },
    ],
    unless: [ACCOUNTS, ADMIN, RELATIONAL],
    effects: { fastapi: 2 },
    source: `${FASTAPI_WS}; ${FLASK_SOCKETIO}`,
  },
  {
    id: 'deps-minimal-needs',
    when: [{ field: 'minimalDependencies', is: [true] }],
    whenAny: [ACCOUNTS, ADMIN, RELATIONAL],
    effects: {},
    source: `${FUNDAMENTALS}; ${FLASK_DESIGN}`,
  },
  {
    id: 'existing-django',
    when: [{ field: 'existingFramework', is: ['django'] }],
    effects: { django: 3 },
    source: PRODUCTIVITY,
  },
  {
    id: 'existing-flask',
    when: [{ field: 'existingFramework', is: ['flask'] }],
    effects: { flask: 3 },
    source: PRODUCTIVITY,
  },
  {
    id: 'existing-fastapi',
    when: [{ field: 'existingFramework', is: ['fastapi'] }],
    effects: { fastapi: 3 },
    source: PRODUCTIVITY,
  },
  // Extending a running codebase: any other framework means rewriting what already works, a cost larger than the
  // weeks an admin or a permission system saves.
  {
    id: 'extending-django',
    when: [
      { field: 'extendingExisting', is: [true] },
      { field: 'existingFramework', is: ['django'] },
    ],
    effects: { django: EXTENDING },
    source: REWRITE,
  },
  {
    id: 'extending-flask',
    when: [
      { field: 'extendingExisting', is: [true] },
      { field: 'existingFramework', is: ['flask'] },
    ],
    effects: { flask: EXTENDING },
    source: REWRITE,
  },
  {
    id: 'extending-fastapi',
    when: [
      { field: 'extendingExisting', is: [true] },
      { field: 'existingFramework', is: ['fastapi'] },
    ],
    effects: { fastapi: EXTENDING },
    source: REWRITE,
  },
  // Machine learning: serving a model over HTTP is FastAPI's common case (typed schemas, generated docs, async I/O).
  {
    id: 'ml-serving',
    when: [{ field: 'mlWork', is: ['model-serving'] }],
    effects: { fastapi: 4 },
    source: MODEL_SERVING,
  },
  // Weightless: turning notebooks into scheduled jobs is the same Python work in all three, beside the web application.
  {
    id: 'ml-pipelines',
    when: [{ field: 'mlWork', is: ['data-pipelines'] }],
    effects: {},
    source: TASKS,
  },
  {
    id: 'regulated-data',
    when: [{ field: 'regulatedData', is: [true] }],
    effects: { django: 2 },
    source: `${DJANGO_SECURITY}; ${DJANGO_ADMIN}`,
  },
  // Weightless on purpose: scale is explained, never scored (framework overhead is small next to the database).
  {
    id: 'scale-neutral',
    when: [{ field: 'expectedUsers', atLeast: 0 }],
    effects: {},
    source: SCALE,
  },
];

/** The trade-offs as data: which framework, when, and the id of the sentence. */
const TRADE_OFF_ROWS: readonly Omit<TradeOff, 'text'>[] = [
  {
    id: 'django-async',
    framework: 'django',
    when: [{ field: 'concurrency', is: ['high-async', 'realtime'] }],
    source: DJANGO_ASYNC,
  },
  {
    id: 'django-api-only',
    framework: 'django',
    when: [{ field: 'userInterface', is: ['none'] }],
    source: FAQ_MICRO,
  },
  {
    id: 'flask-assembly',
    framework: 'flask',
    when: [{ field: 'dataModel', is: ['simple', 'relational', 'complex'] }],
    source: FLASK_DESIGN,
  },
  {
    id: 'flask-admin',
    framework: 'flask',
    when: [ADMIN],
    source: FEATURES,
  },
  {
    id: 'flask-roles',
    framework: 'flask',
    when: [{ field: 'auth', is: ['roles'] }],
    source: FEATURES,
  },
  {
    id: 'flask-async',
    framework: 'flask',
    when: [{ field: 'concurrency', is: ['high-async', 'realtime'] }],
    source: FLASK_ASYNC,
  },
  {
    id: 'fastapi-zero',
    framework: 'fastapi',
    when: [{ field: 'lifetime', is: ['months', 'years'] }],
    source: FASTAPI_VERSIONS,
  },
  {
    id: 'fastapi-admin',
    framework: 'fastapi',
    when: [ADMIN],
    source: FASTAPI_FEATURES,
  },
  {
    id: 'fastapi-accounts',
    framework: 'fastapi',
    when: [ACCOUNTS],
    source: 'FastAPI documentation, OAuth2 with JWT (https://fastapi.tiangolo.com/tutorial/security/oauth2-jwt/)',
  },
  {
    id: 'fastapi-pages',
    framework: 'fastapi',
    when: [{ field: 'userInterface', is: ['server-rendered'] }],
    source: 'Starlette documentation, Middleware (https://starlette.dev/middleware/)',
  },
];

/** A rule's sentence in `language`, by its id; undefined for an id this engine does not know (an older engine's rule). */
export function ruleText(id: string, language: ProposalLanguage = 'en'): string | undefined {
  const text = Object.hasOwn(RULE_TEXT, id) ? RULE_TEXT[id] : undefined;
  return text === undefined ? undefined : say(text, language);
}

/** A trade-off's sentence in `language`, by its id; undefined for an unknown id. */
export function tradeOffText(id: string, language: ProposalLanguage = 'en'): string | undefined {
  const text = Object.hasOwn(TRADE_OFF_TEXT, id) ? TRADE_OFF_TEXT[id] : undefined;
  return text === undefined ? undefined : say(text, language);
}

/** The rules with their English sentences, as the recommendation JSON quotes them. */
export const RULES: readonly Rule[] = RULE_ROWS.map((row) => ({ ...row, text: ruleText(row.id) ?? row.id }));

/** The winner's own costs for this project: named in the output, never scored. */
export const TRADE_OFFS: readonly TradeOff[] = TRADE_OFF_ROWS.map((row) => ({ ...row, text: tradeOffText(row.id) ?? row.id }));
