// The suggested stack for the winning framework: the packages the answers need for that framework, every service
// those packages need to run (Redis for Channels and for a task queue), the right application server (ASGI where async
// or websockets are needed), and versions. Pure data out.
import type { Framework, Requirements } from './requirements';

export interface StackComponent {
  name: string;
  purpose: string;
  /** The release line to start from, where one is known. */
  version?: string;
}
export interface Stack {
  framework: Framework;
  summary: string;
  components: StackComponent[];
}

/**
 * A relational database is part of the stack unless the answers rule one out or never ask for one. Accounts and a back
 * office need one even beside "it stores nothing" (a contradiction the recommendation names): users and records are
 * stored somewhere, and a stack with login and password hashing but no database would not hold together.
 */
function needsDatabase(r: Requirements, framework: Framework): boolean {
  const accounts = r.auth === 'basic' || r.auth === 'roles' || r.adminPanel === true;
  if (r.dataModel === 'none') return accounts;
  if (r.dataModel !== undefined) return true;
  if (framework === 'django') return true;
  return accounts;
}

/**
 * Work that must not run inside a request: e-mails of a shop or a subscription service, reports and imports of a data
 * tool, jobs made from notebooks. It needs a task queue whichever framework serves the requests; concurrency alone
 * never does (that is the server's job).
 */
export function backgroundWork(r: Requirements): boolean {
  return r.mlWork === 'data-pipelines' || r.projectKind === 'ecommerce' || r.projectKind === 'saas' || r.projectKind === 'data-tool';
}

const QUEUE = 'task queue for background work (e-mails, reports, imports, data jobs) with retries and schedules';
const CELERY: Record<Framework, StackComponent> = {
  django: { name: 'Celery', purpose: QUEUE },
  flask: { name: 'Celery', purpose: QUEUE },
  fastapi: {
    name: 'Celery',
    purpose:
      'task queue for background work (e-mails, reports, imports, data jobs): FastAPI’s BackgroundTasks run in the same process after the response, with no retries',
  },
};

/** Redis as one service, with what it serves here. */
function redis(uses: readonly string[]): StackComponent {
  return { name: 'Redis', purpose: `in-memory server: ${uses.join(' and ')}` };
}

/**
 * The task queue and the services the other packages need, appended after the database. `sockets` says what Redis
 * does for the websocket package, when there is one that needs it.
 */
function services(r: Requirements, framework: Framework, sockets: string | null): StackComponent[] {
  const parts: StackComponent[] = [];
  const queue = backgroundWork(r);
  if (queue) {
    // Django 6's own tasks framework is not in the 5.2 LTS line that long-lived work starts from.
    const tasks = framework === 'django' && r.lifetime !== 'years';
    parts.push(
      tasks
        ? { name: 'Celery', purpose: `${QUEUE}; Django 6’s tasks framework offers the same enqueue API once a production backend is chosen` }
        : CELERY[framework],
    );
  }
  const uses = [...(sockets === null ? [] : [sockets]), ...(queue ? ['the broker of the task queue'] : [])];
  if (uses.length > 0) parts.push(redis(uses));
  return parts;
}

function servesApi(r: Requirements): boolean {
  return (
    r.userInterface === 'spa-frontend' ||
    r.userInterface === 'none' ||
    r.apiDocs === true ||
    r.projectKind === 'api-service' ||
    r.projectKind === 'microservice'
  );
}

function djangoStack(r: Requirements): StackComponent[] {
  // Long-lived work starts on the LTS line (5.2, security fixes to April 2028; 6.2 LTS due April 2027).
  const longLived = r.lifetime === 'years';
  const parts: StackComponent[] = [
    longLived
      ? {
          name: 'Django',
          version: '5.2 LTS',
          purpose: 'web framework with ORM, migrations, accounts and admin; supported to April 2028, then move to 6.2 LTS (due April 2027)',
        }
      : { name: 'Django', version: '6.1', purpose: 'web framework with ORM, migrations, accounts and admin (current release)' },
  ];
  if (servesApi(r)) parts.push({ name: 'Django REST Framework', purpose: 'JSON API with serializers and permissions' });
  if (r.apiDocs === true) parts.push({ name: 'drf-spectacular', purpose: 'OpenAPI documentation generated from the API' });
  if (r.auth === 'roles') parts.push({ name: 'django-guardian', purpose: 'per-record permissions, if roles must be checked object by object' });
  if (r.concurrency === 'realtime') {
    parts.push({ name: 'Django Channels', purpose: 'websockets and long-lived connections' });
    parts.push({ name: 'channels-redis', purpose: 'message layer between Channels processes, kept in Redis' });
  }
  if (needsDatabase(r, 'django')) parts.push({ name: 'PostgreSQL', purpose: 'relational database' });
  parts.push(...services(r, 'django', r.concurrency === 'realtime' ? 'the channel layer between Channels processes' : null));
  if (r.concurrency === 'realtime') parts.push({ name: 'Daphne', purpose: 'ASGI server for HTTP and websockets, made for Channels' });
  else if (r.concurrency === 'high-async') parts.push({ name: 'Uvicorn', purpose: 'ASGI server, so async views can serve many concurrent I/O-bound requests' });
  else parts.push({ name: 'Gunicorn', purpose: 'WSGI application server' });
  return parts;
}

function flaskStack(r: Requirements): StackComponent[] {
  const parts: StackComponent[] = [{ name: 'Flask', version: '3.1', purpose: 'minimal web framework: routing, request handling and Jinja templates' }];
  if (needsDatabase(r, 'flask')) {
    parts.push({ name: 'Flask-SQLAlchemy', purpose: 'database access through SQLAlchemy' });
    parts.push({ name: 'Flask-Migrate', purpose: 'schema migrations with Alembic' });
  }
  if (r.auth === 'roles') parts.push({ name: 'Flask-Security-Too', purpose: 'accounts, roles and permissions' });
  else if (r.auth === 'basic') parts.push({ name: 'Flask-Login', purpose: 'sessions and login' });
  if (r.adminPanel === true) parts.push({ name: 'Flask-Admin', purpose: 'back office for staff' });
  if (r.userInterface === 'server-rendered') parts.push({ name: 'Flask-WTF', purpose: 'forms and CSRF protection' });
  if (r.apiDocs === true) parts.push({ name: 'flask-smorest', purpose: 'OpenAPI documentation and request validation' });
  if (r.concurrency === 'realtime') parts.push({ name: 'Flask-SocketIO', purpose: 'websockets' });
  if (needsDatabase(r, 'flask')) parts.push({ name: 'PostgreSQL', purpose: 'relational database' });
  parts.push(
    ...services(r, 'flask', r.concurrency === 'realtime' ? 'the message queue Flask-SocketIO needs once more than one process serves websockets' : null),
  );
  if (r.concurrency === 'realtime' || r.concurrency === 'high-async') {
    parts.push({ name: 'Gunicorn', purpose: 'application server with gevent workers, so waiting on I/O or websockets does not hold a worker' });
  } else parts.push({ name: 'Gunicorn', purpose: 'WSGI application server' });
  return parts;
}

function fastapiStack(r: Requirements): StackComponent[] {
  const parts: StackComponent[] = [
    {
      name: 'FastAPI',
      version: '0.141',
      purpose: 'async API framework with OpenAPI documentation; pin the minor version (>=0.141,<0.142) and test each upgrade',
    },
    { name: 'Pydantic', version: '2', purpose: 'typed request and response validation' },
  ];
  if (needsDatabase(r, 'fastapi')) {
    parts.push({ name: 'SQLAlchemy (async)', purpose: 'database access' });
    parts.push({ name: 'Alembic', purpose: 'schema migrations' });
  }
  if (r.auth === 'basic' || r.auth === 'roles') {
    parts.push({ name: 'PyJWT', purpose: 'signed access tokens for OAuth2 login' });
    parts.push({ name: 'pwdlib', purpose: 'password hashing' });
  }
  if (r.adminPanel === true) parts.push({ name: 'SQLAdmin', purpose: 'back office for staff over the SQLAlchemy models' });
  if (r.userInterface === 'server-rendered') {
    parts.push({ name: 'Jinja2', purpose: 'templates for pages rendered on the server' });
    parts.push({ name: 'starlette-csrf', purpose: 'CSRF protection for forms' });
  }
  if (r.concurrency === 'realtime') parts.push({ name: 'websockets', purpose: 'websocket protocol support for the server' });
  if (needsDatabase(r, 'fastapi')) parts.push({ name: 'PostgreSQL', purpose: 'relational database' });
  parts.push(...services(r, 'fastapi', null));
  parts.push({ name: 'Uvicorn', purpose: 'ASGI application server' });
  return parts;
}

const BUILDERS: Record<Framework, (r: Requirements) => StackComponent[]> = {
  django: djangoStack,
  flask: flaskStack,
  fastapi: fastapiStack,
};

/** Servers and services run beside the application: the summary names only what the code is built with. */
const SERVERS = new Set(['Gunicorn', 'Uvicorn', 'Daphne', 'Redis']);

export function suggestStack(framework: Framework, requirements: Requirements): Stack {
  const components = BUILDERS[framework](requirements);
  return {
    framework,
    summary: components
      .filter((c) => !SERVERS.has(c.name))
      .map((c) => (c.version === undefined || c.name === 'Pydantic' ? c.name : `${c.name} ${c.version}`))
      .join(' + '),
    components,
  };
}
