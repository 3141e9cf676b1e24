// Autosave timing, free of Svelte and the API: a change schedules a save after a quiet pause, saves never overlap,
// and a change made while a save is in flight is saved right after it. flush() saves now and resolves when done.
export const AUTOSAVE_DELAY_MS = 300;

export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

export interface AutosaveOptions {
  /** Sends the current content; resolves true when it is stored. */
  save: () => Promise<boolean>;
  onState: (state: SaveState) => void;
  delayMs?: number;
}

export class Autosave {
  #timer: ReturnType<typeof setTimeout> | null = null;
  #running: Promise<void> | null = null;
  #dirty = false;
  readonly #options: AutosaveOptions;

  constructor(options: AutosaveOptions) {
    this.#options = options;
  }

  get dirty(): boolean {
    return this.#dirty || this.#running !== null;
  }

  /** Call on every change. */
  changed(): void {
    this.#dirty = true;
    this.#options.onState('pending');
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.#save(false);
    }, this.#options.delayMs ?? AUTOSAVE_DELAY_MS);
  }

  /** Saves anything unsaved now; resolves once everything changed so far is stored (or a save failed). */
  async flush(): Promise<boolean> {
    return this.#save(true);
  }

  async #save(all: boolean): Promise<boolean> {
    if (this.#timer !== null) {
      clearTimeout(this.#timer);
      this.#timer = null;
    }
    while (this.#running !== null) await this.#running;
    if (!this.#dirty) return true;
    let ok = false;
    this.#running = (async () => {
      this.#dirty = false;
      this.#options.onState('saving');
      ok = await this.#options.save();
      if (!ok) this.#dirty = true;
    })();
    try {
      await this.#running;
    } finally {
      this.#running = null;
    }
    if (!ok) {
      this.#options.onState('error');
      return false;
    }
    // Typed during the save: an explicit flush saves that too; otherwise the pending timer will.
    if (this.#dirty && (all || this.#timer === null)) return this.#save(all);
    this.#options.onState(this.#dirty ? 'pending' : 'saved');
    return true;
  }

  /** Forgets pending work without saving (the document was closed after a flush, or replaced). */
  cancel(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#dirty = false;
  }
}
