// The team library's state on screen: the sync status (top bar, Settings → Team), refreshed on a timer and after each
// action, and who last shared each listed assessment, fetched in batches for the rows in view. Talks only to team.*.
import type { TeamAuthors, TeamStatus } from '../../../shared/api/team';
import { callRaw } from './call';

// Often enough that a colleague's work appears within seconds of the background sync that brought it.
const REFRESH_MS = 5_000;
const PROGRESS_MS = 1_000;

class TeamState {
  #status = $state.raw<TeamStatus | null>(null);
  authors = $state.raw<TeamAuthors>({});
  /** Grows each time a sync changed assessments here: the list and an open assessment reload on it. */
  generation = $state(0);
  /** Assessments a sync changed since this window last showed them ("new since you last looked"). */
  fresh = $state.raw<ReadonlySet<string>>(new Set());
  #seenGeneration: number | null = null;

  get status(): TeamStatus | null {
    return this.#status;
  }

  /** Takes a new status; when a sync changed something since the last one, marks those assessments and bumps generation. */
  set status(next: TeamStatus | null) {
    this.#status = next;
    if (next === null) return;
    const generation = next.changed.generation;
    if (this.#seenGeneration === null) this.#seenGeneration = generation;
    if (generation <= this.#seenGeneration) return;
    this.#seenGeneration = generation;
    this.fresh = new Set([...this.fresh, ...next.changed.ids]);
    this.asked.clear();
    this.authors = {};
    this.generation++;
  }

  /** The consultant opened (or otherwise saw) the assessment: it is no longer marked. */
  seen(id: string): void {
    if (!this.fresh.has(id)) return;
    this.fresh = new Set([...this.fresh].filter((other) => other !== id));
  }
  private wanted = new Set<string>();
  private asked = new Set<string>();
  private flushing = false;
  private timer: ReturnType<typeof setInterval> | null = null;

  /** Starts refreshing the status; returns the stop function (for an $effect or onMount). */
  watch(): () => void {
    void this.refresh();
    this.timer ??= setInterval(() => void this.refresh(), REFRESH_MS);
    return () => {
      if (this.timer !== null) clearInterval(this.timer);
      this.timer = null;
    };
  }

  async refresh(): Promise<void> {
    const result = await callRaw('team.status', {});
    if (result.ok) this.status = result.value;
  }

  /** Syncs now (the top bar's button, Settings); the outcome shows in the status, never as an error pop-up. */
  async sync(): Promise<void> {
    if (this.status !== null) this.status = { ...this.status, state: 'syncing' };
    // While a long sync runs (a first connect to a large team), the status is asked for often, to show its counts.
    const progress = setInterval(() => void this.refresh(), PROGRESS_MS);
    const result = await callRaw('team.sync', {}).finally(() => clearInterval(progress));
    if (result.ok) this.status = result.value;
    this.asked.clear();
    this.authors = {};
  }

  /** Asks, in one batch per tick, who last shared the assessment (rows call this as they appear). */
  want(id: string): void {
    if (this.status === null || this.status.state === 'off' || this.asked.has(id)) return;
    this.wanted.add(id);
    if (this.flushing) return;
    this.flushing = true;
    queueMicrotask(() => void this.fetchAuthors());
  }

  private async fetchAuthors(): Promise<void> {
    const ids = [...this.wanted].slice(0, 500);
    for (const id of ids) {
      this.wanted.delete(id);
      this.asked.add(id);
    }
    this.flushing = false;
    if (ids.length === 0) return;
    const result = await callRaw('team.authors', { ids });
    if (result.ok) this.authors = { ...this.authors, ...result.value };
  }
}

export const team = new TeamState();
