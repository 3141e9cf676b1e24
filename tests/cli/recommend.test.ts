// `scopewise recommend`: the recommendation JSON on stdout, and one clear line on stderr with exit 2 for bad input.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { recommend, recommendationSchema } from '../../shared/engine';
import { tempFolder } from '../db/temp';
import { cli, cliProcess } from './cli-helpers';

// Removed after the file (tests/db/temp.ts).
const dir = tempFolder();
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function expectBadInput(result: { code: number; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
}

describe('scopewise recommend', () => {
  it('prints the recommendation for a file, valid against the contract and equal to the engine’s', async () => {
    const requirements = { projectKind: 'saas', auth: 'roles', adminPanel: true };
    const result = await cli(['recommend', file('saas.json', JSON.stringify(requirements))]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const out = JSON.parse(result.stdout);
    expect(recommendationSchema.safeParse(out).success).toBe(true);
    expect(out).toEqual(recommend(requirements as never));
    expect(out.recommended).toBe('django');
  });

  it('writes the sentences in the language asked for, with the same facts, and refuses an unknown language', async () => {
    const requirements = { projectKind: 'saas', auth: 'roles', adminPanel: true } as const;
    const path = file('saas-de.json', JSON.stringify(requirements));
    const result = await cli(['recommend', path, '--language', 'de']);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(recommendationSchema.safeParse(out).success).toBe(true);
    expect(out).toEqual(recommend(requirements, 'de'));
    expect(out.ranking).toEqual(recommend(requirements).ranking);
    expect(out.reasons[0].text).toMatch(/Django/);
    expect(out.reasons[0].text).not.toBe(recommend(requirements).reasons[0]!.text);
    expectBadInput(await cli(['recommend', path, '--language', 'xx']), /language: expected one of en, de, fr, es, nl, th, got "xx"/);
  });

  it('reads stdin when the file is -', async () => {
    const result = await cli(['recommend', '-'], '{"projectKind":"prototype","lifetime":"hours"}');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).recommended).toBe('flask');
  });

  it('refuses a missing file, naming it', async () => {
    expectBadInput(await cli(['recommend', join(dir, 'absent.json')]), /absent\.json: no such file/);
  });

  it('refuses a folder given as the file', async () => {
    const folder = join(dir, 'a-folder');
    mkdirSync(folder, { recursive: true });
    expectBadInput(await cli(['recommend', folder]), /a-folder: it is a folder/);
  });

  it('refuses an unreadable file', async () => {
    const path = file('secret.json', '{}');
    chmodSync(path, 0o000);
    const result = await cli(['recommend', path]);
    chmodSync(path, 0o600);
    // root can read anything; then the file is simply valid.
    if (process.getuid?.() === 0) expect(result.code).toBe(0);
    else expectBadInput(result, /secret\.json: permission denied/);
  });

  it('refuses text that is not JSON', async () => {
    expectBadInput(await cli(['recommend', file('bad.json', '{projectKind: saas')]), /bad\.json: not valid JSON/);
  });

  it('refuses JSON that is not an object', async () => {
    expectBadInput(await cli(['recommend', file('list.json', '[1,2]')]), /requirements: expected a JSON object, got a list/);
    expectBadInput(await cli(['recommend', '-'], '"saas"'), /requirements: expected a JSON object/);
  });

  it('refuses a wrong type, naming the field and the type allowed', async () => {
    expectBadInput(await cli(['recommend', '-'], '{"teamSize":"five"}'), /requirements\.teamSize: expected a number, got "five"/);
    expectBadInput(await cli(['recommend', '-'], '{"adminPanel":"yes"}'), /requirements\.adminPanel: expected a boolean/);
    expectBadInput(await cli(['recommend', '-'], '{"teamSize":0}'), /requirements\.teamSize: expected at least 1/);
  });

  it('refuses an unknown value, listing the values allowed', async () => {
    expectBadInput(
      await cli(['recommend', '-'], '{"projectKind":"webapp"}'),
      /requirements\.projectKind: expected one of web-app, content-platform, ecommerce, saas, data-tool, api-service, microservice, prototype, other, got "webapp"/,
    );
  });

  it('refuses an unknown field, listing the known ones', async () => {
    expectBadInput(await cli(['recommend', '-'], '{"framework":"django"}'), /requirements\.framework: unknown field; known fields are projectKind/);
  });

  it('refuses a missing argument, an unknown option and an unknown command', async () => {
    expectBadInput(await cli(['recommend']), /missing <file>/);
    expectBadInput(await cli(['recommend', '--fast', 'x.json']), /Unknown option '--fast'/);
    expectBadInput(await cli(['recomend']), /unknown command "recomend"/);
  });

  it('prints help for the CLI and for the command', async () => {
    const main = await cli(['--help']);
    expect(main.code).toBe(0);
    expect(main.stdout).toMatch(/Usage: npm run --silent scopewise -- <command>/);
    expect(main.stdout).toMatch(/recommend <file\|->/);
    const one = await cli(['recommend', '--help']);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/Usage: npm run --silent scopewise -- recommend <file\|->/);
  });

  it('exits with the same codes and streams as a real process', () => {
    const ok = cliProcess(['recommend', '-'], '{"concurrency":"high-async","apiDocs":true}');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).recommended).toBe('fastapi');
    const bad = cliProcess(['recommend', '-'], '{"auth":"admin"}');
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^scopewise: requirements\.auth: expected one of none, basic, roles, got "admin"\n$/);
  });
});
