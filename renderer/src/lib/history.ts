// Undo and redo over any state kept as immutable snapshots (the draft's answers, texts and scope). Pure: no runes, no
// DOM. Edits of the same kind in quick succession (typing one field) join one step, as text editors do.
export class History<T> {
  #past: { state: T; key: string; at: number }[] = [];
  #future: T[] = [];

  constructor(
    private readonly limit = 200,
    private readonly joinWithinMs = 1000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Call before a change with the state it replaces; `key` names the kind of edit (same key soon after: one step). */
  record(before: T, key: string): void {
    const t = this.now();
    const last = this.#past[this.#past.length - 1];
    this.#future = [];
    if (last !== undefined && last.key === key && t - last.at < this.joinWithinMs) {
      last.at = t;
      return;
    }
    this.#past.push({ state: before, key, at: t });
    if (this.#past.length > this.limit) this.#past.shift();
  }

  get canUndo(): boolean {
    return this.#past.length > 0;
  }

  get canRedo(): boolean {
    return this.#future.length > 0;
  }

  /** The state to go back to, given the current one (kept for redo); undefined when there is nothing to undo. */
  undo(current: T): T | undefined {
    const step = this.#past.pop();
    if (step === undefined) return undefined;
    this.#future.push(current);
    return step.state;
  }

  redo(current: T): T | undefined {
    const next = this.#future.pop();
    if (next === undefined) return undefined;
    this.#past.push({ state: current, key: 'redo', at: 0 });
    return next;
  }

  clear(): void {
    this.#past = [];
    this.#future = [];
  }
}
