// Choosing the recommended option by keyboard in the Scope view: Alt+1, Alt+2, Alt+3 pick that tier. Pure: a key event
// and the number of tiers in, the tier chosen (or nothing) out; ScopeView.svelte applies it to the scope.
import type { KeyLike } from './commands';

/** The tier a key press recommends: Alt with a digit 1 to the number of tiers (read from the physical key, as Alt on a Mac changes the character). */
export function tierForKey(event: KeyLike & { code?: string }, tiers: number): number | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || tiers < 2) return null;
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(event.code ?? '')?.[1] ?? (/^[1-9]$/.test(event.key) ? event.key : undefined);
  if (digit === undefined) return null;
  const tier = Number(digit);
  return tier <= tiers ? tier : null;
}
