// The address's hash and the screen it stands for, both ways.
import { describe, expect, test } from 'vitest';

import { parseRoute, type Route, routeHash } from '../../renderer/src/lib/route';

const ID = '0b6f1c52-3b8e-4c1e-9a57-2f4f4a3f9e10';

describe('routes', () => {
  test('an empty or unknown hash is the list', () => {
    expect(parseRoute('')).toEqual({ screen: 'list' });
    expect(parseRoute('#/')).toEqual({ screen: 'list' });
    expect(parseRoute('#/nowhere')).toEqual({ screen: 'list' });
    expect(parseRoute('#/assessment/not-a-uuid')).toEqual({ screen: 'list' });
  });

  test('every route survives a round trip through the hash', () => {
    const routes: Route[] = [
      { screen: 'list' },
      { screen: 'settings' },
      { screen: 'editor', id: ID, tab: 'questions' },
      { screen: 'editor', id: ID, tab: 'scope' },
      { screen: 'editor', id: ID, tab: 'proposal' },
      { screen: 'editor', id: ID, tab: 'revisions' },
    ];
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
  });

  test('an unknown tab opens the questions', () => {
    expect(parseRoute(`#/assessment/${ID}/elsewhere`)).toEqual({ screen: 'editor', id: ID, tab: 'questions' });
  });
});
