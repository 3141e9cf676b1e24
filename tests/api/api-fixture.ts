// A real temporary database behind the real handlers, as both transports see them, for API-level tests.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../db';
import { createHandlers } from '../../electron/api/handlers';
import { dispatch, type Handlers } from '../../electron/api/dispatch';
import { exportsFolderFor, openServices, type Services } from '../../electron/api/services';
import { browserFileActions } from '../../electron/serve/file-actions';
import type { ApiResult, ChannelInput, ChannelName, ChannelOutput } from '../../shared/api/contract';

export interface ApiFixture {
  dir: string;
  services: Services;
  handlers: Handlers;
  call<K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<ChannelOutput<K>>;
  raw(channel: string, payload: unknown): Promise<ApiResult<unknown>>;
  close(): void;
}

export async function apiFixture(): Promise<ApiFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'scopewise-api-'));
  const databasePath = join(dir, 'scopewise.db');
  const services = await openServices({ databasePath, files: browserFileActions(exportsFolderFor(databasePath)), maintenance: false });
  const handlers = createHandlers(services);
  const failures: unknown[] = [];
  const raw = (channel: string, payload: unknown): Promise<ApiResult<unknown>> => dispatch(handlers, channel, payload, (_c, error) => failures.push(error));
  return {
    dir,
    services,
    handlers,
    raw,
    async call(channel, input) {
      const result = await raw(channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
      return result.value as never;
    },
    close() {
      services.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fingerprint of everything the database holds (every row of every table), to prove a rejected call wrote nothing. */
export function fingerprint(db: Database): string {
  const hash = createHash('sha256');
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY name")
    .all() as { name: string }[];
  for (const { name } of tables) {
    hash.update(`\0table ${name}`);
    for (const row of db.prepare(`SELECT * FROM "${name}"`).raw().iterate() as Iterable<unknown[]>) {
      hash.update('\0row');
      // Each value with its type, so 1 and '1' differ; blobs as their bytes (JSON would spell out every byte).
      for (const value of row) hash.update(value instanceof Uint8Array ? Buffer.concat([Buffer.from('\0b'), value]) : `\0${typeof value}:${String(value)}`);
    }
  }
  return hash.digest('hex');
}
