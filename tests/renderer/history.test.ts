// Undo and redo over immutable snapshots: steps in order, redo dropped by a new edit, quick edits of one kind joined.
import { describe, expect, test } from 'vitest';

import { History } from '../../renderer/src/lib/history';

describe('undo history', () => {
  test('undoes and redoes steps in order, and a new edit drops what could be redone', () => {
    let t = 0;
    const history = new History<string>(200, 1000, () => t);
    let state = 'a';
    const change = (next: string, key: string): void => {
      history.record(state, key);
      state = next;
      t += 5000;
    };
    change('b', 'x');
    change('c', 'y');
    state = history.undo(state)!;
    expect(state).toBe('b');
    state = history.undo(state)!;
    expect(state).toBe('a');
    expect(history.undo(state)).toBeUndefined();
    state = history.redo(state)!;
    expect(state).toBe('b');
    change('d', 'z');
    expect(history.canRedo).toBe(false);
    expect(history.undo(state)).toBe('b');
  });

  test('joins edits of the same kind made in quick succession into one step', () => {
    let t = 0;
    const history = new History<string>(200, 1000, () => t);
    let state = '';
    for (const next of ['F', 'Fu', 'Fun']) {
      history.record(state, 'text:clientName');
      state = next;
      t += 200;
    }
    expect(history.undo(state)).toBe('');
    expect(history.canUndo).toBe(false);
  });

  test('keeps at most its limit of steps, dropping the oldest', () => {
    let t = 0;
    const history = new History<number>(3, 0, () => (t += 10));
    for (let i = 0; i < 10; i++) history.record(i, 'k');
    expect(history.undo(10)).toBe(9);
    expect(history.undo(9)).toBe(8);
    expect(history.undo(8)).toBe(7);
    expect(history.undo(7)).toBeUndefined();
  });
});
