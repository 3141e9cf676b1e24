// Presentation mode for the projector: larger type, internal notes hidden, messages without file paths.
// Remembered on this machine.
import { hidePaths } from './hide-paths';

const KEY = 'scopewise.presentation';

function remembered(): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

class Presentation {
  on = $state(remembered());

  toggle(): void {
    this.on = !this.on;
    try {
      localStorage.setItem(KEY, this.on ? 'on' : 'off');
    } catch {
      // Storage may be unavailable (private window); the mode then lasts for this session only.
    }
  }
}

export const presentation = new Presentation();

/** A message as the screen shows it: while presenting, without file paths (an error may name the data folder). */
export function onScreen(text: string): string {
  return presentation.on ? hidePaths(text) : text;
}
