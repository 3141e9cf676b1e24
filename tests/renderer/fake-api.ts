// The renderer's API faked at its one seam (renderer/src/lib/api) for the component tests: one module for every file.
// In the fast tier a worker runs many files without isolation, and the first file's vi.mock of the API stays for the
// rest of them with whatever it captured; so each file installs its own handlers here and the mock only forwards.
import { recommend, type Requirements } from '../../shared/engine';

type Handler = (input: never) => Promise<unknown>;

let handlers: Record<string, Handler> = {};

/** Makes `channels` the API's answers for this file's tests (call it at the file's top level, after the imports). */
export function useFakeApi(channels: Record<string, Handler>): void {
  handlers = channels;
}

/** What `vi.mock('../../renderer/src/lib/api', () => import('./fake-api'))` puts in place of the real module. */
export const api = new Proxy(
  {},
  {
    get: (_target, channel) => {
      if (typeof channel !== 'string') return undefined;
      const handler = handlers[channel];
      if (handler === undefined) return async () => Promise.reject(new Error(`the fake API has no handler for ${channel}`));
      return handler;
    },
  },
);

export const isBrowserTransport = true;

/**
 * One assessment kept in memory behind the editor's channels (get, update, and no team conflict): `state.saved` is what
 * the editor loads, `state.updates` every update sent, and `state.failNext` refuses that many updates as a full disk.
 */
export function fakeAssessmentStore(): {
  state: { saved: null | Record<string, unknown>; updates: { id: string; fields: Record<string, unknown> }[]; failNext: number };
  api: Record<string, Handler>;
  /** A fresh start: a saved draft assessment with these answers, no update sent, none to refuse. */
  reset(requirements: Requirements): void;
} {
  const state = {
    saved: null as null | Record<string, unknown>,
    updates: [] as { id: string; fields: Record<string, unknown> }[],
    failNext: 0,
  };
  const api = {
    // No team connected: the editor asks whether the assessment has a conflict and is told no.
    'team.conflict': async () => ({ ok: true, value: null }),
    'assessments.get': async ({ id }: { id: string }) => ({ ok: true, value: { ...state.saved, id } }),
    'assessments.update': async (input: { id: string; fields: Record<string, unknown> }) => {
      state.updates.push(structuredClone(input));
      if (state.failNext > 0) {
        state.failNext--;
        return { ok: false, error: { code: 'io', message: 'The disk is full; nothing was saved.' } };
      }
      state.saved = { ...state.saved, ...input.fields, updatedAt: new Date().toISOString() };
      return { ok: true, value: { ...state.saved, id: input.id } };
    },
  };
  const reset = (requirements: Requirements): void => {
    state.saved = {
      clientName: 'Acme Logistics',
      projectTitle: 'Route planner',
      consultant: 'Dana',
      status: 'draft',
      requirements,
      notes: '',
      createdAt: '2026-01-05T10:00:00.000Z',
      updatedAt: '2026-01-05T10:00:00.000Z',
      clientId: null,
      recommendation: recommend(requirements),
      revision: 1,
      deletedAt: null,
    };
    state.updates = [];
    state.failNext = 0;
  };
  return { state, api, reset };
}
