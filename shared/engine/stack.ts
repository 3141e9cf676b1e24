// The suggested stack for the winning framework: the packages the answers need for that framework, every service
// those packages need to run (Redis for Channels and for a task queue), the right application server (ASGI where async
// or websockets are needed), and versions. Pure data out; each purpose is a message (messages/engine/, `engine_stack_*`).
import type { ProposalLanguage } from '../i18n/language';
import * as m from '../i18n/paraglide/messages';
import type { Framework, Requirements } from './requirements';
import { listAnd, say, type Text } from './sentences';

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

/** What Celery does beside each framework. */
const CELERY: Record<Framework, Text> = {
  django: m.engine_stack_queue,
  flask: m.engine_stack_queue,
  fastapi: m.engine_stack_queue_fastapi,
};

/** Redis as one service, with what it serves here. */
function redis(uses: readonly Text[], language: ProposalLanguage): StackComponent {
  return {
    name: 'Redis',
    purpose: m.engine_stack_redis(
      {
        uses: listAnd(
          uses.map((use) => say(use, language)),
          language,
        ),
      },
      { locale: language },
    ),
  };
}

/**
 * The task queue and the services the other packages need, appended after the database. `sockets` says what Redis
 * does for the websocket package, when there is one that needs it.
 */
function services(r: Requirements, framework: Framework, sockets: Text | null, language: ProposalLanguage): StackComponent[] {
  const parts: StackComponent[] = [];
  const queue = backgroundWork(r);
  if (queue) {
    // Django 6's own tasks framework is not in the 5.2 LTS line that long-lived work starts from.
    const tasks = framework === 'django' && r.lifetime !== 'years';
    parts.push({ name: 'Celery', purpose: say(tasks ? m.engine_stack_queue_django_tasks : CELERY[framework], language) });
  }
  const uses = [...(sockets === null ? [] : [sockets]), ...(queue ? [m.engine_stack_redis_broker] : [])];
  if (uses.length > 0) parts.push(redis(uses, language));
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

function djangoStack(r: Requirements, language: ProposalLanguage): StackComponent[] {
  const text = (message: Text): string => say(message, language);
  // Long-lived work starts on the LTS line (5.2, security fixes to April 2028; 6.2 LTS due April 2027).
  const longLived = r.lifetime === 'years';
  const parts: StackComponent[] = [
    longLived
      ? {
          name: 'Django',
          version: '5.2 LTS',
          purpose: text(m.engine_stack_django_lts),
        }
      : { name: 'Django', version: '6.1', purpose: text(m.engine_stack_django_current) },
  ];
  if (servesApi(r)) parts.push({ name: 'Django REST Framework', purpose: text(m.engine_stack_drf) });
  if (r.apiDocs === true) parts.push({ name: 'drf-spectacular', purpose: text(m.engine_stack_drf_spectacular) });
  if (r.auth === 'roles') parts.push({ name: 'django-guardian', purpose: text(m.engine_stack_django_guardian) });
  if (r.concurrency === 'realtime') {
    parts.push({ name: 'Django Channels', purpose: text(m.engine_stack_channels) });
    parts.push({ name: 'channels-redis', purpose: text(m.engine_stack_channels_redis) });
  }
  if (needsDatabase(r, 'django')) parts.push({ name: 'PostgreSQL', purpose: text(m.engine_stack_postgresql) });
  parts.push(...services(r, 'django', r.concurrency === 'realtime' ? m.engine_stack_redis_channels : null, language));
  if (r.concurrency === 'realtime') parts.push({ name: 'Daphne', purpose: text(m.engine_stack_daphne) });
  else if (r.concurrency === 'high-async') parts.push({ name: 'Uvicorn', purpose: text(m.engine_stack_uvicorn_async_views) });
  else parts.push({ name: 'Gunicorn', purpose: text(m.engine_stack_gunicorn) });
  return parts;
}

function flaskStack(r: Requirements, language: ProposalLanguage): StackComponent[] {
  const text = (message: Text): string => say(message, language);
  const parts: StackComponent[] = [{ name: 'Flask', version: '3.1', purpose: text(m.engine_stack_flask) }];
  if (needsDatabase(r, 'flask')) {
    parts.push({ name: 'Flask-SQLAlchemy', purpose: text(m.engine_stack_flask_sqlalchemy) });
    parts.push({ name: 'Flask-Migrate', purpose: text(m.engine_stack_flask_migrate) });
  }
  if (r.auth === 'roles') parts.push({ name: 'Flask-Security-Too', purpose: text(m.engine_stack_flask_security) });
  else if (r.auth === 'basic') parts.push({ name: 'Flask-Login', purpose: text(m.engine_stack_flask_login) });
  if (r.adminPanel === true) parts.push({ name: 'Flask-Admin', purpose: text(m.engine_stack_admin) });
  if (r.userInterface === 'server-rendered') parts.push({ name: 'Flask-WTF', purpose: text(m.engine_stack_flask_wtf) });
  if (r.apiDocs === true) parts.push({ name: 'flask-smorest', purpose: text(m.engine_stack_flask_smorest) });
  if (r.concurrency === 'realtime') parts.push({ name: 'Flask-SocketIO', purpose: text(m.engine_stack_flask_socketio) });
  if (needsDatabase(r, 'flask')) parts.push({ name: 'PostgreSQL', purpose: text(m.engine_stack_postgresql) });
  parts.push(...services(r, 'flask', r.concurrency === 'realtime' ? m.engine_stack_redis_socketio : null, language));
  if (r.concurrency === 'realtime' || r.concurrency === 'high-async') {
    parts.push({ name: 'Gunicorn', purpose: text(m.engine_stack_gunicorn_gevent) });
  } else parts.push({ name: 'Gunicorn', purpose: text(m.engine_stack_gunicorn) });
  return parts;
}

function fastapiStack(r: Requirements, language: ProposalLanguage): StackComponent[] {
  const text = (message: Text): string => say(message, language);
  const parts: StackComponent[] = [
    {
      name: 'FastAPI',
      version: '0.141',
      purpose: text(m.engine_stack_fastapi),
    },
    { name: 'Pydantic', version: '2', purpose: text(m.engine_stack_pydantic) },
  ];
  if (needsDatabase(r, 'fastapi')) {
    parts.push({ name: 'SQLAlchemy (async)', purpose: text(m.engine_stack_sqlalchemy) });
    parts.push({ name: 'Alembic', purpose: text(m.engine_stack_alembic) });
  }
  if (r.auth === 'basic' || r.auth === 'roles') {
    parts.push({ name: 'PyJWT', purpose: text(m.engine_stack_pyjwt) });
    parts.push({ name: 'pwdlib', purpose: text(m.engine_stack_pwdlib) });
  }
  if (r.adminPanel === true) parts.push({ name: 'SQLAdmin', purpose: text(m.engine_stack_sqladmin) });
  if (r.userInterface === 'server-rendered') {
    parts.push({ name: 'Jinja2', purpose: text(m.engine_stack_jinja2) });
    parts.push({ name: 'starlette-csrf', purpose: text(m.engine_stack_starlette_csrf) });
  }
  if (r.concurrency === 'realtime') parts.push({ name: 'websockets', purpose: text(m.engine_stack_websockets) });
  if (needsDatabase(r, 'fastapi')) parts.push({ name: 'PostgreSQL', purpose: text(m.engine_stack_postgresql) });
  parts.push(...services(r, 'fastapi', null, language));
  parts.push({ name: 'Uvicorn', purpose: text(m.engine_stack_uvicorn) });
  return parts;
}

const BUILDERS: Record<Framework, (r: Requirements, language: ProposalLanguage) => StackComponent[]> = {
  django: djangoStack,
  flask: flaskStack,
  fastapi: fastapiStack,
};

/** Servers and services run beside the application: the summary names only what the code is built with. */
const SERVERS = new Set(['Gunicorn', 'Uvicorn', 'Daphne', 'Redis']);

/** The stack for `framework`, each component's purpose in `language`. */
export function suggestStack(framework: Framework, requirements: Requirements, language: ProposalLanguage = 'en'): Stack {
  const components = BUILDERS[framework](requirements, language);
  return {
    framework,
    summary: components
      .filter((c) => !SERVERS.has(c.name))
      .map((c) => (c.version === undefined || c.name === 'Pydantic' ? c.name : `${c.name} ${c.version}`))
      .join(' + '),
    components,
  };
}

/**
 * A stored stack (of this or an older engine) in `language`: written again from the answers when that gives the same
 * English stack; otherwise the stored stack as it is.
 */
export function stackIn(stack: Stack, requirements: Requirements, language: ProposalLanguage): Stack {
  if (language === 'en') return stack;
  return JSON.stringify(suggestStack(stack.framework, requirements)) === JSON.stringify(stack) ? suggestStack(stack.framework, requirements, language) : stack;
}
