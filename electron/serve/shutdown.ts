// Stopping `serve` in order: stop taking requests and answer the ones in flight (server.close), let any call still
// running finish and refuse new ones (the shutdown gate), and only then close the database. So no request ever
// reaches a closed database.
import type { ShutdownGate } from '../api/shutdown-gate';
import type { RunningServer } from './server';

export async function shutDown(server: RunningServer, gate: ShutdownGate, services: { close(): void }): Promise<void> {
  await server.close();
  await gate.close();
  services.close();
}
