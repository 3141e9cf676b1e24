// The guide's scenarios and our own contested ones: each expects a winner AND a confidence, written down before running.
import { describe, expect, it } from 'vitest';
import { recommend, type Confidence, type Framework, type Requirements } from '../../shared/engine';

interface Scenario {
  name: string;
  requirements: Requirements;
  winner: Framework;
  confidence: Confidence;
  tiedWith?: Framework[];
}

/** From the guide: each describes a project and the framework it argues for. */
const guide: Scenario[] = [
  {
    name: 'a SaaS with roles and a back office goes to Django, high',
    requirements: { projectKind: 'saas', auth: 'roles', adminPanel: true, dataModel: 'relational' },
    winner: 'django',
    confidence: 'high',
  },
  {
    name: 'a small API with no UI, accounts or admin goes to Flask, medium (not Django is clear, Flask over FastAPI less so)',
    requirements: { projectKind: 'api-service', userInterface: 'none', auth: 'none', adminPanel: false, teamSize: 2 },
    winner: 'flask',
    confidence: 'medium',
  },
  {
    name: 'a proof of concept that only has to run for hours goes to Flask, medium',
    requirements: { projectKind: 'prototype', lifetime: 'hours' },
    winner: 'flask',
    confidence: 'medium',
  },
  {
    name: 'an unconventional architecture with a senior team goes to Flask, medium (two answers)',
    requirements: { architecture: 'unconventional', teamExperience: 'senior' },
    winner: 'flask',
    confidence: 'medium',
  },
  {
    name: 'an async, high-concurrency API with generated docs goes to FastAPI, high',
    requirements: { projectKind: 'api-service', concurrency: 'high-async', apiDocs: true, userInterface: 'none' },
    winner: 'fastapi',
    confidence: 'high',
  },
  {
    name: 'an API that needs accounts, admin and complex data goes to Django, high',
    requirements: { projectKind: 'api-service', userInterface: 'none', auth: 'roles', adminPanel: true, dataModel: 'complex' },
    winner: 'django',
    confidence: 'high',
  },
  {
    name: 'a beginner team alone goes to Django, low (one answer is not enough evidence)',
    requirements: { teamExperience: 'beginner' },
    winner: 'django',
    confidence: 'low',
  },
  {
    name: 'a content platform maintained for years by a changing team goes to Django, high',
    requirements: {
      projectKind: 'content-platform',
      userInterface: 'server-rendered',
      auth: 'roles',
      adminPanel: true,
      dataModel: 'complex',
      teamSize: 8,
      teamExperience: 'mixed',
      teamTurnover: 'high',
      lifetime: 'years',
      architecture: 'monolith',
    },
    winner: 'django',
    confidence: 'high',
  },
  {
    name: 'a lightweight microservice where minimal dependencies matter goes to Flask, medium',
    requirements: { projectKind: 'microservice', architecture: 'microservices', minimalDependencies: true, dataModel: 'none' },
    winner: 'flask',
    confidence: 'medium',
  },
  {
    name: 'a realtime streaming API with generated docs goes to FastAPI, medium (three answers)',
    requirements: { projectKind: 'api-service', concurrency: 'realtime', apiDocs: true },
    winner: 'fastapi',
    confidence: 'medium',
  },
];

/** Our own contested cases, where the old engine was wrong or overconfident. */
const contested: Scenario[] = [
  {
    name: 'a team extending its running Flask app that needs roles and an admin stays on Flask, medium, never Django high',
    requirements: { existingFramework: 'flask', extendingExisting: true, auth: 'roles', adminPanel: true },
    winner: 'flask',
    confidence: 'medium',
  },
  {
    name: 'only "API service" answered is a Flask–FastAPI tie, low',
    requirements: { projectKind: 'api-service' },
    winner: 'flask',
    confidence: 'low',
    tiedWith: ['fastapi'],
  },
  {
    name: 'a realtime microservice for a senior team wanting few dependencies goes to FastAPI, medium (no 7–7 tie)',
    requirements: { projectKind: 'microservice', concurrency: 'realtime', teamExperience: 'senior', minimalDependencies: true },
    winner: 'fastapi',
    confidence: 'medium',
  },
  {
    name: 'a prototype that must then run for years gets no prototype bonus and goes to Django, medium',
    requirements: { projectKind: 'prototype', lifetime: 'years', auth: 'basic', dataModel: 'relational' },
    winner: 'django',
    confidence: 'medium',
  },
  {
    name: 'a senior team building a monolith is a Django–Flask tie, low',
    requirements: { teamExperience: 'senior', architecture: 'monolith' },
    winner: 'django',
    confidence: 'low',
    tiedWith: ['flask'],
  },
  {
    // Medium, not high: were the work to extend the running Flask app after all, that one answer would hand Flask the win.
    name: 'a new web app with admin and accounts from a Flask shop (not extending) goes to Django, medium',
    requirements: { projectKind: 'web-app', existingFramework: 'flask', extendingExisting: false, auth: 'basic', adminPanel: true, dataModel: 'relational' },
    winner: 'django',
    confidence: 'medium',
  },
  {
    name: 'a small server-rendered app for two senior developers without a back office goes to Flask, low',
    requirements: { projectKind: 'web-app', userInterface: 'server-rendered', teamExperience: 'senior', teamSize: 2, adminPanel: false, dataModel: 'simple' },
    winner: 'flask',
    confidence: 'low',
  },
  {
    name: 'minimal dependencies do not count against Django when accounts and a relational database are needed: Django, medium',
    requirements: { minimalDependencies: true, auth: 'roles', dataModel: 'relational', projectKind: 'web-app' },
    winner: 'django',
    confidence: 'medium',
  },
  {
    name: 'users at peak never turn a medium into a high',
    requirements: { projectKind: 'saas', auth: 'basic', dataModel: 'relational', expectedUsers: 100 },
    winner: 'django',
    confidence: 'medium',
  },
];

describe('the guide’s scenarios', () => {
  for (const s of guide) {
    it(s.name, () => {
      const r = recommend(s.requirements);
      expect({ winner: r.recommended, confidence: r.confidence, tiedWith: r.tiedWith }).toEqual({
        winner: s.winner,
        confidence: s.confidence,
        tiedWith: s.tiedWith ?? [],
      });
    });
  }
});

describe('contested scenarios', () => {
  for (const s of contested) {
    it(s.name, () => {
      const r = recommend(s.requirements);
      expect({ winner: r.recommended, confidence: r.confidence, tiedWith: r.tiedWith }).toEqual({
        winner: s.winner,
        confidence: s.confidence,
        tiedWith: s.tiedWith ?? [],
      });
    });
  }

  it('states the tie-break rule in a sentence whenever there is a tie, and says nothing of one otherwise', () => {
    const tie = recommend({ projectKind: 'api-service' });
    expect(tie.tieBreak).toMatch(/Flask and FastAPI/);
    expect(tie.tieBreak).toMatch(/level|tie/i);
    expect(recommend(guide[0]!.requirements).tieBreak).toBeNull();
  });

  it('shows switching away from a codebase being extended as a flip that names the rewrite', () => {
    const r = recommend(contested[0]!.requirements);
    const rewrite = r.reasons.find((x) => x.factor === 'extendingExisting');
    expect(rewrite).toMatchObject({ framework: 'flask' });
    expect(rewrite!.text).toMatch(/rewrit/i);
    const toDjango = r.flips.find((f) => f.winner === 'django' && f.changes.some((c) => c.field === 'extendingExisting'));
    expect(toDjango?.note).toMatch(/rewrit/i);
  });

  it('never prints the accounts claim beside "no accounts", nor per-object permissions as free', () => {
    const all = recommend({ projectKind: 'saas', auth: 'none' })
      .reasons.map((x) => x.text)
      .join(' ');
    expect(all).not.toMatch(/need accounts/);
    const roles = recommend({ auth: 'roles' })
      .reasons.map((x) => x.text)
      .join(' ');
    expect(roles).not.toMatch(/no extra packages/);
    const apiLogin = recommend({ auth: 'basic', userInterface: 'none' })
      .reasons.map((x) => x.text)
      .join(' ');
    expect(apiLogin).not.toMatch(/ready-made/);
  });

  it('reads a lifetime of hours as how long it runs, and names Flask’s own templates and Django’s LTS releases', () => {
    const hours = recommend({ lifetime: 'hours' })
      .reasons.map((x) => x.text)
      .join(' ');
    expect(hours).toMatch(/run for a few hours/);
    expect(hours).not.toMatch(/within hours|stand up/);
    expect(recommend({ userInterface: 'server-rendered' }).reasons.find((x) => x.framework === 'flask')?.text).toMatch(/Flask renders Jinja templates/);
    expect(recommend({ lifetime: 'years' }).reasons[0]!.text).toMatch(/long-term-support/);
  });

  it('is never high while one changed answer would make another framework win', () => {
    const clear = { projectKind: 'web-app', auth: 'basic', adminPanel: true, dataModel: 'relational' } as const;
    expect(recommend(clear).confidence).toBe('high');
    // The same project where the team runs Flask and might extend it: one answer from a Flask win.
    const r = recommend({ ...clear, existingFramework: 'flask' });
    expect(r.flips.some((f) => f.changes.length === 1 && f.changes[0]!.field === 'extendingExisting' && f.winner === 'flask')).toBe(true);
    expect(r.confidence).toBe('medium');
  });

  it('breaks a tie in favour of the framework the team already runs, and says so', () => {
    const r = recommend({ existingFramework: 'fastapi', adminPanel: true, userInterface: 'spa-frontend' });
    expect(r.ranking.map((x) => x.score)).toEqual([4, 4, 0]);
    expect(r.recommended).toBe('fastapi');
    expect(r.tiedWith).toEqual(['django']);
    expect(r.tieBreak).toMatch(/already runs it/);
  });

  it('counts a microservice once, not for both its kind and its architecture', () => {
    const one = recommend({ projectKind: 'microservice' }).ranking;
    const both = recommend({ projectKind: 'microservice', architecture: 'microservices' }).ranking;
    expect(both).toEqual(one);
  });

  it('names the winner’s own trade-offs for the project, not only points the others scored', () => {
    const r = recommend({ projectKind: 'api-service', concurrency: 'high-async', apiDocs: true, adminPanel: true });
    expect(r.recommended).toBe('fastapi');
    expect(r.tradeOffs.map((t) => t.text).join(' ')).toMatch(/admin/i);
  });
});

describe('defaults and stacks', () => {
  it('with nothing answered: a three-way tie, low, no reasons, and the tie-break stated', () => {
    const r = recommend({});
    expect(r.recommended).toBe('django');
    expect(r.tiedWith).toEqual(['flask', 'fastapi']);
    expect(r.confidence).toBe('low');
    expect(r.reasons).toEqual([]);
    expect(r.tieBreak).not.toBeNull();
    expect(r.ranking.map((x) => x.score)).toEqual([0, 0, 0]);
  });

  it('suggests a stack built around the winner', () => {
    expect(recommend(guide[0]!.requirements).stack.summary).toMatch(/^Django/);
    expect(recommend(guide[4]!.requirements).stack.summary).toMatch(/^FastAPI/);
    expect(recommend(guide[2]!.requirements).stack.summary).toMatch(/^Flask/);
    expect(recommend({ projectKind: 'saas', userInterface: 'spa-frontend' }).stack.summary).toContain('Django REST Framework');
  });

  it('pairs Channels with an ASGI server, never Gunicorn, and never offers Celery for concurrent requests', () => {
    const rt = recommend({ projectKind: 'content-platform', adminPanel: true, auth: 'roles', concurrency: 'realtime' });
    expect(rt.recommended).toBe('django');
    const names = rt.stack.components.map((c) => c.name);
    expect(names).toContain('Django Channels');
    expect(names.some((n) => /Daphne|Uvicorn/.test(n))).toBe(true);
    expect(names).not.toContain('Gunicorn');
    const busy = recommend({ projectKind: 'saas', adminPanel: true, auth: 'roles', concurrency: 'high-async' });
    expect(busy.stack.components.map((c) => c.name).join(' ')).not.toMatch(/Celery/);
  });

  it('names Django’s LTS release for multi-year work, and the packages a Flask or FastAPI project’s answers need', () => {
    const years = recommend({ projectKind: 'saas', adminPanel: true, lifetime: 'years' });
    expect(years.stack.components[0]).toMatchObject({ name: 'Django', version: '5.2 LTS' });
    const flask = recommend({ existingFramework: 'flask', extendingExisting: true, auth: 'roles', adminPanel: true, userInterface: 'server-rendered' });
    expect(flask.recommended).toBe('flask');
    const flaskNames = flask.stack.components.map((c) => c.name);
    for (const name of ['Flask-Admin', 'Flask-Security-Too', 'Flask-WTF']) expect(flaskNames).toContain(name);
    const ws = recommend({ projectKind: 'api-service', concurrency: 'realtime', apiDocs: true, adminPanel: true });
    expect(ws.recommended).toBe('fastapi');
    expect(ws.stack.components.map((c) => c.name)).toEqual(expect.arrayContaining(['websockets', 'SQLAdmin', 'Uvicorn']));
  });

  it('explains a weightless scale answer without moving any score', () => {
    const r = recommend({ expectedUsers: 50_000_000 });
    expect(r.ranking.map((x) => x.score)).toEqual([0, 0, 0]);
    expect(r.reasons).toHaveLength(1);
    expect(r.reasons[0]).toMatchObject({ factor: 'expectedUsers', effect: 0 });
  });
});
