// Preload: exposes only the typed window.scopewise API through contextBridge (filled in by the shell issue).
import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('scopewise', {});
