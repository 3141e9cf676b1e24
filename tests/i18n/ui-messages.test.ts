// The app's screen texts (messages/ui) and the code that shows them stay in step: every ui message is shown somewhere
// (the renderer or the application menu), so a text removed from a screen does not linger in two languages, and the
// renderer names no message that does not exist (the type checker sees that too, but only after a compile).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SOURCES = [join(ROOT, 'renderer', 'src'), join(ROOT, 'electron', 'main')];

function sourceText(): string {
  return SOURCES.flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(ts|svelte)$/.test(name))
      .map((name) => readFileSync(join(dir, name), 'utf8')),
  ).join('\n');
}

const ids = Object.keys(JSON.parse(readFileSync(join(ROOT, 'messages', 'ui', 'en.json'), 'utf8')) as Record<string, unknown>).filter((id) => id !== '$schema');

describe('the app’s screen texts', () => {
  const code = sourceText();

  it('shows every ui message somewhere', () => {
    const unused = ids.filter((id) => !new RegExp(`\\bm\\.${id}\\b`).test(code));
    expect(unused).toEqual([]);
  });

  it('names only ui messages that exist', () => {
    const named = new Set([...code.matchAll(/\bm\.(ui_[a-z0-9_]+)/g)].map((match) => match[1]!));
    expect([...named].filter((id) => !ids.includes(id))).toEqual([]);
  });
});
