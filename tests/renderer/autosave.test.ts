// Autosave: a quiet pause saves, saves never overlap, and nothing typed during a save or after a failure is lost.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

import { Autosave, AUTOSAVE_DELAY_MS, type SaveState } from '../../renderer/src/lib/autosave';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function harness(results: boolean[] = []) {
  const states: SaveState[] = [];
  let saves = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  const pending: (() => void)[] = [];
  const autosave = new Autosave({
    save: () => {
      saves++;
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const ok = results.shift() ?? true;
      return new Promise<boolean>((resolve) =>
        pending.push(() => {
          inFlight--;
          resolve(ok);
        }),
      );
    },
    onState: (s) => states.push(s),
  });
  const settle = async (): Promise<void> => {
    for (let i = 0; i < 20; i++) {
      pending.splice(0).forEach((done) => done());
      await vi.advanceTimersByTimeAsync(0);
    }
  };
  return { autosave, states, settle, saves: () => saves, maxInFlight: () => maxInFlight };
}

describe('autosave', () => {
  test('saves once, well within 500 ms of the last keystroke', async () => {
    const h = harness();
    for (let i = 0; i < 10; i++) {
      h.autosave.changed();
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(h.saves()).toBe(0);
    expect(AUTOSAVE_DELAY_MS).toBeLessThan(500);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(h.saves()).toBe(1);
    await h.settle();
    expect(h.states.at(-1)).toBe('saved');
  });

  test('a change during a save is saved after it, never alongside it', async () => {
    const h = harness();
    h.autosave.changed();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    h.autosave.changed();
    const flushed = h.autosave.flush();
    await h.settle();
    expect(await flushed).toBe(true);
    expect(h.saves()).toBe(2);
    expect(h.maxInFlight()).toBe(1);
    expect(h.autosave.dirty).toBe(false);
  });

  test('a failed save keeps the change unsaved and says so; the next change retries', async () => {
    const h = harness([false, true]);
    h.autosave.changed();
    const first = h.autosave.flush();
    await h.settle();
    expect(await first).toBe(false);
    expect(h.states.at(-1)).toBe('error');
    expect(h.autosave.dirty).toBe(true);
    h.autosave.changed();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    await h.settle();
    expect(h.saves()).toBe(2);
    expect(h.states.at(-1)).toBe('saved');
  });

  test('flush with nothing changed sends nothing', async () => {
    const h = harness();
    expect(await h.autosave.flush()).toBe(true);
    expect(h.saves()).toBe(0);
  });
});
