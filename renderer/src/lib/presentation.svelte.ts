// Presentation mode for the projector: larger type, internal notes hidden. Remembered on this machine.
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
