// The knowledge base: each rule is a condition on one or more answers, signed weights per framework, one plain sentence
// a client can read, and the source it rests on. Data only; shared/engine/README.md explains how it is read.
import type { AnswerField, Framework } from './requirements';

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
  text: string;
  source: string;
}

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

export const RULES: readonly Rule[] = [
  // Standard web apps, content platforms, shops, SaaS and data tools are where batteries-included wins.
  {
    id: 'kind-full-product',
    when: [{ field: 'projectKind', is: ['content-platform', 'ecommerce', 'saas'] }],
    effects: { django: 3 },
    text: 'Content platforms, online shops and SaaS products are the kind of database-backed product Django is built for, and they tend to grow into more of its built-in parts.',
    source: guide('When Flask genuinely wins the comparison (“for everything else”)'),
  },
  {
    id: 'kind-web-app',
    when: [{ field: 'projectKind', is: ['web-app', 'data-tool'] }],
    effects: { django: 1 },
    generic: true,
    text: 'A web application or data tool that grows feature by feature is the everyday case Django is designed around.',
    source: FLASK_WINS,
  },
  {
    id: 'kind-api',
    when: [{ field: 'projectKind', is: API_KINDS }],
    // A service that also renders pages is not the pure API the sentence describes.
    unless: [{ field: 'userInterface', is: ['server-rendered'] }],
    effects: { flask: 2, fastapi: 2, django: -1 },
    text: 'A service that mainly answers API calls has little use for the pages, templates and forms a full-stack framework brings.',
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
    text: 'A small API with no user interface, no accounts and no back office is the case where Flask’s routing-and-little-else core fits best.',
    source: FLASK_WINS,
  },
  // A proof of concept favours a blank canvas, but only while it stays short-lived.
  {
    id: 'kind-prototype',
    when: [{ field: 'projectKind', is: ['prototype'] }],
    unless: [{ field: 'lifetime', is: ['hours', 'weeks', 'months', 'years'] }],
    effects: { flask: 2 },
    text: 'For a proof of concept, a minimal framework gets the first pages running with almost no setup.',
    source: FLASK_WINS,
  },
  {
    id: 'prototype-short',
    when: [
      { field: 'projectKind', is: ['prototype'] },
      { field: 'lifetime', is: ['hours', 'weeks'] },
    ],
    effects: { flask: 5 },
    text: 'A throwaway proof of concept gains nothing from conventions meant for years of maintenance: the quickest setup wins, and that is Flask’s.',
    source: FLASK_WINS,
  },
  {
    id: 'prototype-long',
    when: [
      { field: 'projectKind', is: ['prototype'] },
      { field: 'lifetime', is: ['months', 'years'] },
    ],
    effects: {},
    text: 'A prototype that must then run for months or years is the first version of a product, so it is weighed as one and gets no prototype bonus.',
    source: FLASK_WINS,
  },
  {
    id: 'lifetime-hours',
    when: [{ field: 'lifetime', is: ['hours'] }],
    unless: [{ field: 'projectKind', is: ['prototype'] }],
    effects: { flask: 3 },
    text: 'Code that only has to run for a few hours, such as a demo, does not repay the structure that keeps long-lived code maintainable.',
    source: FLASK_WINS,
  },
  {
    id: 'lifetime-weeks',
    when: [{ field: 'lifetime', is: ['weeks'] }],
    unless: [{ field: 'projectKind', is: ['prototype'] }],
    effects: { flask: 1 },
    text: 'Software that runs for only a few weeks gains little from conventions meant to keep code maintainable for years.',
    source: PRODUCTIVITY,
  },
  {
    id: 'lifetime-years',
    when: [{ field: 'lifetime', is: ['years'] }],
    effects: { django: 1 },
    generic: true,
    text: 'Over years of maintenance, Django’s shared conventions keep the cost of change low, and its long-term-support releases get security fixes for about three years.',
    source: `${PRODUCTIVITY}; ${DJANGO_LTS}`,
  },
  {
    id: 'ui-server-rendered',
    when: [{ field: 'userInterface', is: ['server-rendered'] }],
    effects: { django: 2, flask: 1 },
    generic: true,
    text: 'Server-rendered pages suit Django, whose templates, forms and CSRF protection come together; Flask renders Jinja templates out of the box too, but adds forms and CSRF through extensions.',
    source: `${FEATURES}; ${FLASK_DESIGN}`,
  },
  {
    id: 'ui-spa',
    when: [{ field: 'userInterface', is: ['spa-frontend'] }],
    effects: { fastapi: 1 },
    text: 'A separate front end talks to a JSON API, which FastAPI validates and documents from type hints.',
    source: FASTAPI_FEATURES,
  },
  {
    id: 'ui-none',
    when: [{ field: 'userInterface', is: ['none'] }],
    effects: { flask: 1, fastapi: 1 },
    text: 'With no user interface, Django’s templates and forms would go unused.',
    source: FLASK_WINS,
  },
  {
    id: 'auth-basic',
    when: [{ field: 'auth', is: ['basic'] }],
    unless: [{ field: 'userInterface', is: ['none', 'spa-frontend'] }],
    effects: { django: 1 },
    text: 'Django ships login, logout and password-reset views with safe password hashing, ready to style.',
    source: FEATURES,
  },
  {
    id: 'auth-basic-api',
    when: [
      { field: 'auth', is: ['basic'] },
      { field: 'userInterface', is: ['none', 'spa-frontend'] },
    ],
    effects: { django: 1 },
    text: 'Django’s user model and password hashing give the accounts a tested base, although its login pages go unused when the front end is separate or absent.',
    source: FEATURES,
  },
  {
    id: 'auth-roles',
    when: [{ field: 'auth', is: ['roles'] }],
    effects: { django: 3 },
    text: 'Users, groups and model-level permissions are built into Django (checks per individual record add a package such as django-guardian); in Flask or FastAPI the permission model is assembled from extensions or written by hand.',
    source: `${FEATURES}; ${DJANGO_PERMS}`,
  },
  {
    id: 'auth-none',
    when: [{ field: 'auth', is: ['none'] }],
    effects: { flask: 1, fastapi: 1 },
    text: 'Without user accounts, Django’s authentication system would go unused.',
    source: FLASK_WINS,
  },
  {
    id: 'admin-yes',
    when: [ADMIN],
    effects: { django: 4 },
    text: 'Django’s admin gives staff a complete back office out of the box (permissions, filters, actions, a log of changes); Flask-Admin or SQLAdmin give a simpler one that takes days to configure, and a hand-built one takes weeks.',
    source: `${FEATURES}; ${DJANGO_ADMIN}`,
  },
  {
    id: 'admin-no',
    when: [{ field: 'adminPanel', is: [false] }],
    effects: { flask: 1, fastapi: 1 },
    text: 'No back office is needed, so Django’s biggest time-saver does not apply here.',
    source: FEATURES,
  },
  {
    id: 'data-complex',
    when: [{ field: 'dataModel', is: ['complex'] }],
    effects: { django: 3 },
    text: 'A complex, changing schema is handled by Django’s ORM and migrations as one integrated tool.',
    source: FEATURES,
  },
  {
    id: 'data-relational',
    when: [{ field: 'dataModel', is: ['relational'] }],
    effects: { django: 2 },
    text: 'Relational data is well served by Django’s ORM, with migrations included rather than assembled from separate libraries.',
    source: FEATURES,
  },
  {
    id: 'data-none',
    when: [{ field: 'dataModel', is: ['none'] }],
    effects: { flask: 1, fastapi: 1 },
    text: 'With no database to manage, Django’s ORM and migrations would add weight without benefit.',
    source: FLASK_WINS,
  },
  {
    id: 'team-beginner',
    when: [{ field: 'teamExperience', is: ['beginner'] }],
    effects: { django: 3 },
    text: 'A less experienced team is guided by Django’s conventions instead of having to design the architecture itself.',
    source: FAQ_BEGINNERS,
  },
  {
    id: 'team-mixed',
    when: [{ field: 'teamExperience', is: ['mixed'] }],
    effects: { django: 1 },
    generic: true,
    text: 'In a team of mixed experience, shared conventions keep everyone’s code consistent.',
    source: PRODUCTIVITY,
  },
  {
    id: 'team-senior',
    when: [{ field: 'teamExperience', is: ['senior'] }],
    // Flask and FastAPI leave the same choices to the team, so seniority does not separate the two.
    effects: { flask: 2, fastapi: 2 },
    text: 'An all-senior team can make and maintain its own architectural choices, which is where the freedom of Flask or FastAPI pays off.',
    source: FLASK_WINS,
  },
  {
    id: 'turnover-high',
    when: [{ field: 'teamTurnover', is: ['high'] }],
    effects: { django: 2 },
    text: 'When people join and leave, a project laid out like every other Django project is quicker to pick up.',
    source: PRODUCTIVITY,
  },
  {
    id: 'team-large',
    when: [{ field: 'teamSize', atLeast: 5 }],
    effects: { django: 2 },
    text: 'Several developers working together benefit from a structure the framework enforces rather than one they must agree on.',
    source: PRODUCTIVITY,
  },
  {
    id: 'team-tiny',
    when: [{ field: 'teamSize', atMost: 2 }],
    effects: { flask: 1, fastapi: 1 },
    text: 'One or two developers can keep a small custom structure consistent without framework conventions, in Flask or FastAPI alike.',
    source: PRODUCTIVITY,
  },
  {
    id: 'arch-monolith',
    when: [{ field: 'architecture', is: ['monolith'] }],
    // Weightless: every framework builds one application; what it must contain is what separates them.
    effects: {},
    text: 'One application is a shape all three frameworks build well; what it has to contain decides between them, not its being one system.',
    source: SCALE,
  },
  // A service's kind already says "small and on its own": the architecture only adds news for other kinds.
  {
    id: 'arch-microservices',
    when: [{ field: 'architecture', is: ['microservices'] }],
    unless: [{ field: 'projectKind', is: API_KINDS }],
    effects: { flask: 2, fastapi: 2, django: -1 },
    text: 'Small services deployed on their own favour a lightweight framework per service.',
    source: SCALE,
  },
  {
    id: 'arch-unconventional',
    when: [{ field: 'architecture', is: ['unconventional'] }],
    effects: { flask: 4, fastapi: 2, django: -2 },
    text: 'An unusual architecture would fight Django’s fixed project layout, while Flask imposes no structure at all (FastAPI little more).',
    source: FLASK_WINS,
  },
  {
    id: 'concurrency-async',
    when: [{ field: 'concurrency', is: ['high-async'] }],
    // The clearest separation in the domain: the others can serve it only with workarounds.
    effects: { fastapi: 6 },
    text: 'Many concurrent, I/O-bound requests are what FastAPI’s native async design is built for; Django’s async support is partial and Flask still ties up one worker per request.',
    source: `${FASTAPI_ASYNC}; ${DJANGO_ASYNC}; ${FLASK_ASYNC}`,
  },
  {
    id: 'concurrency-realtime',
    when: [{ field: 'concurrency', is: ['realtime'] }],
    effects: { fastapi: 6 },
    text: 'Live updates over websockets are built into FastAPI; Django needs Channels, an ASGI server and, with more than one process, Redis, and Flask needs Flask-SocketIO or flask-sock (plain streamed responses need no extra package in any of them).',
    source: `${FASTAPI_WS}; ${CHANNELS}; ${FLASK_SOCKETIO}`,
  },
  {
    id: 'api-docs',
    when: [{ field: 'apiDocs', is: [true] }],
    effects: { fastapi: 3 },
    text: 'FastAPI produces OpenAPI documentation and request validation directly from typed code; the others add packages for it.',
    source: FASTAPI_FEATURES,
  },
  // Minimal dependencies favour Flask only while the project needs little: accounts, an admin, relational data or
  // websockets make Flask plus its extensions the larger footprint.
  {
    id: 'deps-minimal',
    when: [{ field: 'minimalDependencies', is: [true] }],
    unless: [ACCOUNTS, ADMIN, RELATIONAL, { field: 'concurrency', is: ['realtime'] }],
    effects: { flask: 3, fastapi: 1, django: -1 },
    text: 'A small dependency footprint is easiest to keep with Flask’s minimal core, as long as the project needs little beyond routing.',
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
    text: 'For a small footprint with websockets, FastAPI has them built in, while Flask would add Flask-SocketIO and its async worker.',
    source: `${FASTAPI_WS}; ${FLASK_SOCKETIO}`,
  },
  {
    id: 'deps-minimal-needs',
    when: [{ field: 'minimalDependencies', is: [true] }],
    whenAny: [ACCOUNTS, ADMIN, RELATIONAL],
    effects: {},
    text: 'A small dependency footprint is wanted, but where accounts, a back office or relational data are needed, Flask plus its extensions ends up no smaller than Django, which has few dependencies of its own.',
    source: `${FUNDAMENTALS}; ${FLASK_DESIGN}`,
  },
  {
    id: 'existing-django',
    when: [{ field: 'existingFramework', is: ['django'] }],
    effects: { django: 3 },
    text: 'The team already runs Django, so its skills, tooling and deployment carry straight over.',
    source: PRODUCTIVITY,
  },
  {
    id: 'existing-flask',
    when: [{ field: 'existingFramework', is: ['flask'] }],
    effects: { flask: 3 },
    text: 'The team already runs Flask, so its skills, tooling and deployment carry straight over.',
    source: PRODUCTIVITY,
  },
  {
    id: 'existing-fastapi',
    when: [{ field: 'existingFramework', is: ['fastapi'] }],
    effects: { fastapi: 3 },
    text: 'The team already runs FastAPI, so its skills, tooling and deployment carry straight over.',
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
    text: 'The new work is added to the application you already run on Django: staying on Django keeps what works today and what your team knows, while any other framework would first mean rebuilding it.',
    source: REWRITE,
  },
  {
    id: 'extending-flask',
    when: [
      { field: 'extendingExisting', is: [true] },
      { field: 'existingFramework', is: ['flask'] },
    ],
    effects: { flask: EXTENDING },
    text: 'The new work is added to the application you already run on Flask: staying on Flask keeps what works today and what your team knows, while any other framework would first mean rebuilding it.',
    source: REWRITE,
  },
  {
    id: 'extending-fastapi',
    when: [
      { field: 'extendingExisting', is: [true] },
      { field: 'existingFramework', is: ['fastapi'] },
    ],
    effects: { fastapi: EXTENDING },
    text: 'The new work is added to the application you already run on FastAPI: staying on FastAPI keeps what works today and what your team knows, while any other framework would first mean rebuilding it.',
    source: REWRITE,
  },
  // Machine learning: serving a model over HTTP is FastAPI's common case (typed schemas, generated docs, async I/O).
  {
    id: 'ml-serving',
    when: [{ field: 'mlWork', is: ['model-serving'] }],
    effects: { fastapi: 4 },
    text: 'Serving a trained model’s predictions is the common FastAPI case: Pydantic models check every request and response, and the OpenAPI description is generated from them; heavy inference still runs in a worker, not in the request.',
    source: MODEL_SERVING,
  },
  // Weightless: turning notebooks into scheduled jobs is the same Python work in all three, beside the web application.
  {
    id: 'ml-pipelines',
    when: [{ field: 'mlWork', is: ['data-pipelines'] }],
    effects: {},
    text: 'Analysis or training that runs in notebooks today becomes background jobs on a task queue, the same Python work whichever framework serves the pages, so it does not tip the choice.',
    source: TASKS,
  },
  {
    id: 'regulated-data',
    when: [{ field: 'regulatedData', is: [true] }],
    effects: { django: 2 },
    text: 'Audited data needs strict access rules and a record of changes: Django brings permissions, an admin that logs who changed what through it, and security middleware on by default; Flask and FastAPI assemble these from extensions (a full history of every record still needs a package such as django-simple-history).',
    source: `${DJANGO_SECURITY}; ${DJANGO_ADMIN}`,
  },
  // Weightless on purpose: scale is explained, never scored (framework overhead is small next to the database).
  {
    id: 'scale-neutral',
    when: [{ field: 'expectedUsers', atLeast: 0 }],
    effects: {},
    text: 'Expected traffic does not tip the balance: all three frameworks add little overhead next to the database and business logic.',
    source: SCALE,
  },
];

/** The winner's own costs for this project: named in the output, never scored. */
export const TRADE_OFFS: readonly TradeOff[] = [
  {
    id: 'django-async',
    framework: 'django',
    when: [{ field: 'concurrency', is: ['high-async', 'realtime'] }],
    text: 'Django’s async support is partial: async ORM work is unfinished and transactions stay synchronous, so busy async paths need care and an ASGI server.',
    source: DJANGO_ASYNC,
  },
  {
    id: 'django-api-only',
    framework: 'django',
    when: [{ field: 'userInterface', is: ['none'] }],
    text: 'Without a user interface, Django’s templates and forms go unused; the API itself comes from Django REST Framework, an extra package to learn.',
    source: FAQ_MICRO,
  },
  {
    id: 'flask-assembly',
    framework: 'flask',
    when: [{ field: 'dataModel', is: ['simple', 'relational', 'complex'] }],
    text: 'Flask has no database layer of its own: the team picks, wires and maintains SQLAlchemy and a migration tool itself.',
    source: FLASK_DESIGN,
  },
  {
    id: 'flask-admin',
    framework: 'flask',
    when: [ADMIN],
    text: 'The back office has to come from Flask-Admin, which does less out of the box than Django’s admin.',
    source: FEATURES,
  },
  {
    id: 'flask-roles',
    framework: 'flask',
    when: [{ field: 'auth', is: ['roles'] }],
    text: 'Roles and permissions come from an extension such as Flask-Security-Too, chosen and kept up to date by the team.',
    source: FEATURES,
  },
  {
    id: 'flask-async',
    framework: 'flask',
    when: [{ field: 'concurrency', is: ['high-async', 'realtime'] }],
    text: 'Flask’s async views still hold one worker per request, so heavy concurrency or websockets need extra servers or extensions.',
    source: FLASK_ASYNC,
  },
  {
    id: 'fastapi-zero',
    framework: 'fastapi',
    when: [{ field: 'lifetime', is: ['months', 'years'] }],
    text: 'FastAPI is still at version 0.x: minor releases may break things, so pin a minor version and test each upgrade.',
    source: FASTAPI_VERSIONS,
  },
  {
    id: 'fastapi-admin',
    framework: 'fastapi',
    when: [ADMIN],
    text: 'FastAPI has no admin of its own: the back office comes from a separate package such as SQLAdmin, or is built by hand.',
    source: FASTAPI_FEATURES,
  },
  {
    id: 'fastapi-accounts',
    framework: 'fastapi',
    when: [ACCOUNTS],
    text: 'FastAPI has no user model or login pages: accounts are built from its OAuth2 helpers with a token library and password hashing.',
    source: 'FastAPI documentation, OAuth2 with JWT (https://fastapi.tiangolo.com/tutorial/security/oauth2-jwt/)',
  },
  {
    id: 'fastapi-pages',
    framework: 'fastapi',
    when: [{ field: 'userInterface', is: ['server-rendered'] }],
    text: 'FastAPI can render Jinja templates, but forms and CSRF protection for pages rendered on the server are left to add-on middleware.',
    source: 'Starlette documentation, Middleware (https://starlette.dev/middleware/)',
  },
];
