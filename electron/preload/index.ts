// Preload: exposes only window.scopewise, one async function per contract channel, through contextBridge.
// Never ipcRenderer itself, its send/on, or callbacks (they would leak ipcRenderer through event.sender).
import { contextBridge, ipcRenderer } from 'electron';

import { CHANNEL_NAMES } from '../../shared/api/channels';
import type { ScopewiseApi } from '../../shared/api/contract';

const api = Object.fromEntries(
  CHANNEL_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(`scopewise:${name}`, input)]),
) as unknown as ScopewiseApi;

contextBridge.exposeInMainWorld('scopewise', Object.freeze(api));
