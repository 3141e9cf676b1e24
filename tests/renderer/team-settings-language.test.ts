// @vitest-environment jsdom
// Settings → Team in German: what the sync stored as English sentences (a failure of an earlier run, a change of the
// team database set aside as unreadable) is not shown as English on screen; the sentence stays as the entry's title,
// for whoever diagnoses it. In English the sentences show as stored.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { afterEach, describe, expect, test, vi } from 'vitest';

vi.mock('../../renderer/src/lib/api', () => import('./fake-api'));

import TeamSettings from '../../renderer/src/components/TeamSettings.svelte';
import { applyUiLanguage } from '../../renderer/src/lib/i18n.svelte';
import { team } from '../../renderer/src/lib/team.svelte';
import type { TeamStatus } from '../../shared/api/team';
import { useFakeApi } from './fake-api';
import { type Mounted, one, show } from './mount';

useFakeApi({});

const LAST_ERROR = 'team database anna@team.example:5432/scopewise: nothing answers there (connection refused); working offline';
const SKIPPED_REASON = 'its format (3) is newer than this Scopewise reads; update Scopewise';

const STATUS: TeamStatus = {
  state: 'error',
  team: 'anna@team.example:5432/scopewise',
  deviceId: '7d0f3a52-4c1e-4f7b-9a43-0c2d1e5b6a77',
  lastSyncAt: null,
  lastError: LAST_ERROR,
  pending: { revisions: 2, trash: 0 },
  conflicts: 0,
  passwordFrom: 'keychain',
  skipped: [{ seq: 41, id: '0b9e2f4a-1c3d-4e5f-8a6b-7c8d9e0f1a2b', reason: SKIPPED_REASON }],
  progress: null,
  changed: { generation: 0, ids: [] },
  notices: [],
};

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.destroy();
  mounted = null;
  team.status = null;
  applyUiLanguage('en');
});

describe('Settings → Team with what an earlier sync stored', () => {
  test('in German the stored failure and a set-aside change show no English sentence', () => {
    applyUiLanguage('de');
    team.status = STATUS;
    mounted = show(TeamSettings, {});
    const text = mounted.target.textContent ?? '';
    expect(text).toContain('Der letzte Abgleich mit der Team-Bibliothek ist fehlgeschlagen');
    expect(text).not.toContain('nothing answers there');
    expect(text).not.toContain('newer than this Scopewise reads');
    expect(one(mounted.target, '.error').title).toBe(LAST_ERROR);
    expect(one(mounted.target, '[data-testid="team-skipped"] li').title).toBe(SKIPPED_REASON);
  });

  test('in English both show as stored', () => {
    team.status = STATUS;
    mounted = show(TeamSettings, {});
    const text = mounted.target.textContent ?? '';
    expect(text).toContain(LAST_ERROR);
    expect(text).toContain(SKIPPED_REASON);
  });
});
