// Mounting Svelte components in jsdom for component tests, and driving them the way a user does.
// Each test file mocks 'svelte' with its browser build (vitest loads the server build otherwise).
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { type Component, flushSync, mount, unmount } from 'svelte';

export interface Mounted {
  target: HTMLElement;
  destroy: () => void;
}

export function show<P extends Record<string, unknown>>(component: Component<P>, props: P): Mounted {
  const target = document.createElement('div');
  document.body.append(target);
  const instance = mount(component, { target, props });
  flushSync();
  return {
    target,
    destroy: () => {
      void unmount(instance);
      target.remove();
    },
  };
}

export function one<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (found === null) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** The control a visible <label> names. */
export function byLabel<T extends HTMLElement = HTMLInputElement>(root: ParentNode, text: string): T {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
  if (label === undefined) throw new Error(`no label "${text}"`);
  const control = label.htmlFor !== '' ? document.getElementById(label.htmlFor) : label.querySelector('input, select, textarea');
  if (control === null) throw new Error(`label "${text}" names no control`);
  return control as T;
}

export function type(input: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  flushSync();
}

export function press(target: Element, key: string): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  flushSync();
}

export function click(target: HTMLElement): void {
  target.click();
  flushSync();
}
