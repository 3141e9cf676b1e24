// The Electron IPC bridge: one ipcMain.handle per contract channel; each call must come from our own page,
// then goes through dispatch(), which validates the payload and answers typed errors.
import { CHANNEL_NAMES } from '../../shared/api/channels';
import type { ApiResult } from '../../shared/api/contract';
import { dispatch, type FailureLog, type Handlers } from '../api/dispatch';
import type { KnownFolders } from '../api/without-paths';
import { isAppUrl } from './security';

export interface IpcEventLike {
  senderFrame?: { url: string } | null;
}
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, payload: unknown) => Promise<ApiResult<unknown>>): void;
  removeHandler(channel: string): void;
}

export const IPC_PREFIX = 'scopewise:';

export async function serveIpcCall(
  handlers: Handlers,
  name: string,
  event: IpcEventLike,
  payload: unknown,
  log?: FailureLog,
  folders?: KnownFolders,
): Promise<ApiResult<unknown>> {
  if (!isAppUrl(event.senderFrame?.url)) {
    return { ok: false, error: { code: 'forbidden', message: 'this call did not come from Scopewise’s own window' } };
  }
  return dispatch(handlers, name, payload, log, folders);
}

export function registerIpc(ipcMain: IpcMainLike, handlers: Handlers, log?: FailureLog, folders?: KnownFolders): () => void {
  for (const name of CHANNEL_NAMES) {
    ipcMain.handle(`${IPC_PREFIX}${name}`, (event, payload) => serveIpcCall(handlers, name, event, payload, log, folders));
  }
  return () => CHANNEL_NAMES.forEach((name) => ipcMain.removeHandler(`${IPC_PREFIX}${name}`));
}
