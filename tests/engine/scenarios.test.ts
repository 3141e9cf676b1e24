// The guide's scenarios, written from the guide: each describes a project and the framework it argues for.
import { describe, expect, it } from 'vitest';
import { recommend, type Requirements } from '../../shared/engine';

const scenarios: { name: string; requirements: Requirements; expected: string[] }[] = [
  {
    name: 'a SaaS with roles and a back office goes to Django',
    requirements: { projectKind: 'saas', auth: 'roles', adminPanel: true, dataModel: 'relational' },
    expected: ['django'],
  },
  {
    name: 'a small API with no UI, accounts or admin goes to Flask or FastAPI',
    requirements: { projectKind: 'api-service', userInterface: 'none', auth: 'none', adminPanel: false, teamSize: 2 },
    expected: ['flask', 'fastapi'],
  },
  {
    name: 'a proof of concept needed within hours goes to Flask',
    requirements: { projectKind: 'prototype', lifetime: 'hours' },
    expected: ['flask'],
  },
  {
    name: 'an unconventional architecture with a senior team goes to Flask',
    requirements: { architecture: 'unconventional', teamExperience: 'senior' },
    expected: ['flask'],
  },
  {
    name: 'an async, high-concurrency API with generated docs goes to FastAPI',
    requirements: { projectKind: 'api-service', concurrency: 'high-async', apiDocs: true, userInterface: 'none' },
    expected: ['fastapi'],
  },
  {
    name: 'an API that needs accounts, admin and complex data goes to Django',
    requirements: { projectKind: 'api-service', userInterface: 'none', auth: 'roles', adminPanel: true, dataModel: 'complex' },
    expected: ['django'],
  },
  {
    name: 'a beginner team goes to Django',
    requirements: { teamExperience: 'beginner' },
    expected: ['django'],
  },
  {
    name: 'a content platform maintained for years by a changing team goes to Django with high confidence',
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
    expected: ['django'],
  },
  {
    name: 'a lightweight microservice where minimal dependencies matter goes to Flask',
    requirements: { projectKind: 'microservice', architecture: 'microservices', minimalDependencies: true, dataModel: 'none' },
    expected: ['flask'],
  },
  {
    name: 'a realtime streaming service goes to FastAPI',
    requirements: { projectKind: 'api-service', concurrency: 'realtime', apiDocs: true },
    expected: ['fastapi'],
  },
];

describe('the guide’s scenarios', () => {
  for (const s of scenarios) {
    it(s.name, () => {
      expect(s.expected).toContain(recommend(s.requirements).recommended);
    });
  }

  it('gives high confidence to a clear, well-answered case and low confidence to an empty record', () => {
    expect(recommend(scenarios[7]!.requirements).confidence).toBe('high');
    expect(recommend({}).confidence).toBe('low');
  });

  it('falls back to Django, the guide’s default, when nothing is answered', () => {
    const r = recommend({});
    expect(r.recommended).toBe('django');
    expect(r.reasons).toEqual([]);
    expect(r.ranking.map((x) => x.score)).toEqual([0, 0, 0]);
  });

  it('suggests a stack built around the winner', () => {
    expect(recommend(scenarios[0]!.requirements).stack.summary).toMatch(/^Django/);
    expect(recommend(scenarios[4]!.requirements).stack.summary).toMatch(/^FastAPI/);
    expect(recommend(scenarios[2]!.requirements).stack.summary).toMatch(/^Flask/);
    expect(recommend({ projectKind: 'saas', userInterface: 'spa-frontend' }).stack.summary).toContain('Django REST Framework');
  });

  it('explains a weightless scale answer without moving any score', () => {
    const r = recommend({ expectedUsers: 50_000_000 });
    expect(r.ranking.map((x) => x.score)).toEqual([0, 0, 0]);
    expect(r.reasons).toHaveLength(1);
    expect(r.reasons[0]).toMatchObject({ factor: 'expectedUsers', effect: 0 });
  });
});
