// The knowledge base: each rule is a condition on one requirement, signed weights per framework,
// and one plain sentence a client can read. Data only; the guide's argument behind each weight is noted beside it.
import type { AnswerField, Framework } from './requirements';

export type Condition =
  | { field: AnswerField; is: readonly (string | boolean)[] }
  | { field: 'teamSize' | 'expectedUsers'; atLeast?: number; atMost?: number };

export interface Rule {
  id: string;
  when: Condition;
  effects: Partial<Record<Framework, number>>;
  text: string;
}

export const RULES: readonly Rule[] = [
  // Guide: standard web apps, content platforms, shops, SaaS and data tools are where batteries-included wins.
  {
    id: 'kind-full-product',
    when: { field: 'projectKind', is: ['content-platform', 'ecommerce', 'saas'] },
    effects: { django: 3 },
    text: 'Products like this need accounts, content management and a database from day one, and Django ships all three.',
  },
  {
    id: 'kind-web-app',
    when: { field: 'projectKind', is: ['web-app', 'data-tool'] },
    effects: { django: 2 },
    text: 'A typical database-backed web application is the everyday case Django is designed around.',
  },
  // Guide: a small, focused API service is where a microframework earns the nod.
  {
    id: 'kind-api',
    when: { field: 'projectKind', is: ['api-service', 'microservice'] },
    effects: { flask: 2, fastapi: 2, django: -1 },
    text: 'A focused service that only answers API calls needs little of what a full-stack framework brings.',
  },
  // Guide: a proof of concept that must run within the hour favours Flask's blank canvas.
  {
    id: 'kind-prototype',
    when: { field: 'projectKind', is: ['prototype'] },
    effects: { flask: 3 },
    text: 'For a proof of concept, a minimal framework gets the first page running with almost no setup.',
  },
  {
    id: 'ui-server-rendered',
    when: { field: 'userInterface', is: ['server-rendered'] },
    effects: { django: 2 },
    text: 'Server-rendered pages benefit from Django’s built-in templates, forms and security middleware.',
  },
  {
    id: 'ui-spa',
    when: { field: 'userInterface', is: ['spa-frontend'] },
    effects: { fastapi: 1 },
    text: 'A separate front end talks to a JSON API, which FastAPI describes and validates from type hints.',
  },
  {
    id: 'ui-none',
    when: { field: 'userInterface', is: ['none'] },
    effects: { flask: 1, fastapi: 1 },
    text: 'With no user interface, templates, forms and sessions would go unused.',
  },
  // Guide: the built-in auth system handles registration, login, resets and permissions with safe defaults.
  {
    id: 'auth-basic',
    when: { field: 'auth', is: ['basic'] },
    effects: { django: 1 },
    text: 'Login, logout and password reset come ready-made and secure in Django.',
  },
  {
    id: 'auth-roles',
    when: { field: 'auth', is: ['roles'] },
    effects: { django: 3 },
    text: 'Roles and permissions are part of Django’s core, so fine-grained access control needs no extra packages.',
  },
  {
    id: 'auth-none',
    when: { field: 'auth', is: ['none'] },
    effects: { flask: 1, fastapi: 1 },
    text: 'Without user accounts, a lighter framework carries less unused machinery.',
  },
  // Guide: the admin alone saves dozens of hours; rebuilding it would take weeks.
  {
    id: 'admin-yes',
    when: { field: 'adminPanel', is: [true] },
    effects: { django: 4 },
    text: 'Django’s admin gives staff a working back office out of the box, which would otherwise take weeks to build.',
  },
  {
    id: 'admin-no',
    when: { field: 'adminPanel', is: [false] },
    effects: { flask: 1, fastapi: 1 },
    text: 'No back office is needed, so Django’s biggest time-saver does not apply here.',
  },
  // Guide: the ORM and one-command migrations handle complex models; Flask needs SQLAlchemy and Alembic wired together.
  {
    id: 'data-complex',
    when: { field: 'dataModel', is: ['complex'] },
    effects: { django: 3 },
    text: 'A complex, changing schema is handled by Django’s ORM and migrations as one integrated tool.',
  },
  {
    id: 'data-relational',
    when: { field: 'dataModel', is: ['relational'] },
    effects: { django: 2 },
    text: 'Relational data is well served by Django’s ORM, with migrations included rather than assembled from separate libraries.',
  },
  {
    id: 'data-none',
    when: { field: 'dataModel', is: ['none'] },
    effects: { flask: 1, fastapi: 1 },
    text: 'With no database to manage, an ORM and migration system would add weight without benefit.',
  },
  // Guide: beginners learn sound patterns from Django's structure; Flask leaves them decisions they cannot yet judge.
  {
    id: 'team-beginner',
    when: { field: 'teamExperience', is: ['beginner'] },
    effects: { django: 3 },
    text: 'A less experienced team is guided by Django’s conventions instead of having to design the architecture itself.',
  },
  {
    id: 'team-mixed',
    when: { field: 'teamExperience', is: ['mixed'] },
    effects: { django: 1 },
    text: 'In a team of mixed experience, shared conventions keep everyone’s code consistent.',
  },
  // Guide: Flask wins when every developer is experienced and happy to own architectural decisions.
  {
    id: 'team-senior',
    when: { field: 'teamExperience', is: ['senior'] },
    effects: { flask: 2, fastapi: 1 },
    text: 'An all-senior team can make and maintain its own architectural choices, which is where a microframework’s freedom pays off.',
  },
  // Guide: conventions make any Django project familiar to newcomers and cut onboarding time.
  {
    id: 'turnover-high',
    when: { field: 'teamTurnover', is: ['high'] },
    effects: { django: 2 },
    text: 'When people join and leave, a project laid out the same way as every other Django project is quicker to pick up.',
  },
  {
    id: 'team-large',
    when: { field: 'teamSize', atLeast: 5 },
    effects: { django: 2 },
    text: 'Several developers working together benefit from a structure the framework enforces rather than one they must agree on.',
  },
  {
    id: 'team-tiny',
    when: { field: 'teamSize', atMost: 2 },
    effects: { flask: 1 },
    text: 'One or two developers can keep a small custom structure consistent without framework conventions.',
  },
  // Guide: a proof of concept needed in an hour, versus an application that must run for years.
  {
    id: 'lifetime-hours',
    when: { field: 'lifetime', is: ['hours'] },
    effects: { flask: 4 },
    text: 'Something that must run within hours is fastest to stand up with a minimal framework.',
  },
  {
    id: 'lifetime-weeks',
    when: { field: 'lifetime', is: ['weeks'] },
    effects: { flask: 1 },
    text: 'A short-lived project gains little from conventions meant to keep code maintainable for years.',
  },
  {
    id: 'lifetime-years',
    when: { field: 'lifetime', is: ['years'] },
    effects: { django: 2 },
    text: 'Over years of maintenance, Django’s consistent conventions keep the cost of change low.',
  },
  {
    id: 'arch-monolith',
    when: { field: 'architecture', is: ['monolith'] },
    effects: { django: 2 },
    text: 'A single application with many features is exactly the shape Django organises well.',
  },
  // Guide: Flask's real scaling edge is small, independently deployed services with few dependencies.
  {
    id: 'arch-microservices',
    when: { field: 'architecture', is: ['microservices'] },
    effects: { flask: 2, fastapi: 2, django: -1 },
    text: 'Small services deployed on their own favour a lightweight framework per service.',
  },
  // Guide: an unconventional architecture is one Django's structure would resist.
  {
    id: 'arch-unconventional',
    when: { field: 'architecture', is: ['unconventional'] },
    effects: { flask: 4, django: -2 },
    text: 'An unusual architecture would fight Django’s fixed project layout, while Flask imposes no structure at all.',
  },
  {
    id: 'concurrency-async',
    when: { field: 'concurrency', is: ['high-async'] },
    effects: { fastapi: 4 },
    text: 'Many concurrent, I/O-bound requests are what FastAPI’s native async design is built for.',
  },
  {
    id: 'concurrency-realtime',
    when: { field: 'concurrency', is: ['realtime'] },
    effects: { fastapi: 3 },
    text: 'Websockets and streaming are first-class in FastAPI’s async model.',
  },
  {
    id: 'api-docs',
    when: { field: 'apiDocs', is: [true] },
    effects: { fastapi: 3 },
    text: 'FastAPI produces OpenAPI documentation and request validation directly from typed code.',
  },
  // Guide: Flask fits where minimal dependencies are a genuine architectural priority.
  {
    id: 'deps-minimal',
    when: { field: 'minimalDependencies', is: [true] },
    effects: { flask: 3, fastapi: 1, django: -1 },
    text: 'A small dependency footprint is easiest to keep with Flask’s minimal core.',
  },
  {
    id: 'existing-django',
    when: { field: 'existingFramework', is: ['django'] },
    effects: { django: 3 },
    text: 'The team already runs Django, so its skills, tooling and deployment carry straight over.',
  },
  {
    id: 'existing-flask',
    when: { field: 'existingFramework', is: ['flask'] },
    effects: { flask: 3 },
    text: 'The team already runs Flask, so its skills, tooling and deployment carry straight over.',
  },
  {
    id: 'existing-fastapi',
    when: { field: 'existingFramework', is: ['fastapi'] },
    effects: { fastapi: 3 },
    text: 'The team already runs FastAPI, so its skills, tooling and deployment carry straight over.',
  },
  // Guide: framework overhead is negligible next to database queries and business logic; Django runs at Instagram scale.
  // Weightless on purpose: scale is explained, never scored.
  {
    id: 'scale-neutral',
    when: { field: 'expectedUsers', atLeast: 0 },
    effects: {},
    text: 'Expected traffic does not tip the balance: all three frameworks add little overhead next to the database and business logic.',
  },
];
