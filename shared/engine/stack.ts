// The suggested stack for the winning framework, shaped by the answers that matter to it. Pure data out.
import type { Framework, Requirements } from './requirements';

export interface StackComponent {
  name: string;
  purpose: string;
}
export interface Stack {
  framework: Framework;
  summary: string;
  components: StackComponent[];
}

function needsDatabase(r: Requirements): boolean {
  return r.dataModel !== 'none';
}

function djangoStack(r: Requirements): StackComponent[] {
  const parts: StackComponent[] = [{ name: 'Django', purpose: 'web framework with ORM, migrations, authentication and admin' }];
  if (r.userInterface === 'spa-frontend' || r.userInterface === 'none' || r.apiDocs === true || r.projectKind === 'api-service' || r.projectKind === 'microservice') {
    parts.push({ name: 'Django REST Framework', purpose: 'JSON API with serializers and permissions' });
  }
  if (r.apiDocs === true) parts.push({ name: 'drf-spectacular', purpose: 'OpenAPI documentation generated from the API' });
  if (r.concurrency === 'realtime') parts.push({ name: 'Django Channels', purpose: 'websockets and long-lived connections' });
  if (needsDatabase(r)) parts.push({ name: 'PostgreSQL', purpose: 'relational database' });
  if (r.concurrency === 'high-async') parts.push({ name: 'Celery with Redis', purpose: 'background work off the request path' });
  parts.push({ name: 'Gunicorn', purpose: 'production application server' });
  return parts;
}

function flaskStack(r: Requirements): StackComponent[] {
  const parts: StackComponent[] = [{ name: 'Flask', purpose: 'minimal web framework: routing and request handling' }];
  if (needsDatabase(r) && r.dataModel !== undefined) {
    parts.push({ name: 'SQLAlchemy', purpose: 'database access' });
    parts.push({ name: 'Alembic', purpose: 'schema migrations' });
  }
  if (r.auth === 'basic' || r.auth === 'roles') parts.push({ name: 'Flask-Login', purpose: 'sessions and login' });
  if (r.apiDocs === true) parts.push({ name: 'flask-smorest', purpose: 'OpenAPI documentation and request validation' });
  if (needsDatabase(r) && r.dataModel !== undefined) parts.push({ name: 'PostgreSQL', purpose: 'relational database' });
  parts.push({ name: 'Gunicorn', purpose: 'production application server' });
  return parts;
}

function fastapiStack(r: Requirements): StackComponent[] {
  const parts: StackComponent[] = [
    { name: 'FastAPI', purpose: 'async API framework with OpenAPI documentation' },
    { name: 'Pydantic', purpose: 'typed request and response validation' },
  ];
  if (needsDatabase(r) && r.dataModel !== undefined) {
    parts.push({ name: 'SQLAlchemy (async)', purpose: 'database access' });
    parts.push({ name: 'Alembic', purpose: 'schema migrations' });
    parts.push({ name: 'PostgreSQL', purpose: 'relational database' });
  }
  parts.push({ name: 'Uvicorn', purpose: 'ASGI application server' });
  return parts;
}

const BUILDERS: Record<Framework, (r: Requirements) => StackComponent[]> = {
  django: djangoStack,
  flask: flaskStack,
  fastapi: fastapiStack,
};

export function suggestStack(framework: Framework, requirements: Requirements): Stack {
  const components = BUILDERS[framework](requirements);
  return {
    framework,
    summary: components
      .filter((c) => c.name !== 'Gunicorn' && c.name !== 'Uvicorn')
      .map((c) => c.name)
      .join(' + '),
    components,
  };
}
