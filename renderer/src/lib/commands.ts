// The app's commands and their shortcuts: the same four the native menu sends as `scopewise:command`,
// bound in the page too so they work in a browser. Pure: a key event in, a command (or nothing) out.
export const COMMANDS = ['new-assessment', 'export-pdf', 'find', 'settings'] as const;
export type Command = (typeof COMMANDS)[number];

const KEYS: Record<string, Command> = { n: 'new-assessment', e: 'export-pdf', f: 'find', ',': 'settings' };

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export function commandForKey(event: KeyLike): Command | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return null;
  return KEYS[event.key.toLowerCase()] ?? null;
}

export function isCommand(value: unknown): value is Command {
  return typeof value === 'string' && (COMMANDS as readonly string[]).includes(value);
}

/**
 * Electron may deliver one key press twice: as the page's keydown and as the menu's accelerator.
 * Returns a gate that lets a command through once per `windowMs`.
 */
export function onceWithin(windowMs: number, now: () => number = () => performance.now()): (command: Command) => boolean {
  const last = new Map<Command, number>();
  return (command) => {
    const t = now();
    const previous = last.get(command);
    last.set(command, t);
    return previous === undefined || t - previous > windowMs;
  };
}
