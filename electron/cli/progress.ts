// Progress of long CLI work on a terminal: "importing 1,200 of 5,000 assessments" (or any text, when there is no total:
// "syncing: pushed 500, pulled 0"), rewritten at most every 100 ms and cleared at the end. Nothing at all when the
// CLI's stderr is not a terminal (CliIO.progress is absent then).
import type { CliIO } from './command';

const EVERY_MS = 100;

export interface ProgressLine {
  tell(done: number, total: number): void;
  end(): void;
}

export interface ProgressText {
  /** Shows `text`, unless a line was shown less than 100 ms ago and this one is not `last`. */
  tell(text: string, last?: boolean): void;
  end(): void;
}

export function progressText(io: CliIO): ProgressText {
  const show = io.progress;
  if (show === undefined) return { tell: () => undefined, end: () => undefined };
  let shownAt = Number.NEGATIVE_INFINITY;
  let shown = false;
  return {
    tell(text, last = false) {
      const now = performance.now();
      if (now - shownAt < EVERY_MS && !last) return;
      shownAt = now;
      shown = true;
      show(text);
    },
    end() {
      if (shown) show(null);
    },
  };
}

export function progressLine(io: CliIO, verb: string, noun: string): ProgressLine {
  const text = progressText(io);
  return {
    tell: (done, total) => text.tell(`${verb} ${done.toLocaleString('en')} of ${total.toLocaleString('en')} ${noun}`, done >= total),
    end: () => text.end(),
  };
}
