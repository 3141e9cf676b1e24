// Progress of long CLI work on a terminal: "importing 1,200 of 5,000 assessments", rewritten at most every 100 ms and
// cleared at the end. Nothing at all when the CLI's stderr is not a terminal (CliIO.progress is absent then).
import type { CliIO } from './command';

const EVERY_MS = 100;

export interface ProgressLine {
  tell(done: number, total: number): void;
  end(): void;
}

export function progressLine(io: CliIO, verb: string, noun: string): ProgressLine {
  const show = io.progress;
  if (show === undefined) return { tell: () => undefined, end: () => undefined };
  let shownAt = Number.NEGATIVE_INFINITY;
  let shown = false;
  return {
    tell(done, total) {
      const now = performance.now();
      if (now - shownAt < EVERY_MS && done < total) return;
      shownAt = now;
      shown = true;
      show(`${verb} ${done.toLocaleString('en')} of ${total.toLocaleString('en')} ${noun}`);
    },
    end() {
      if (shown) show(null);
    },
  };
}
