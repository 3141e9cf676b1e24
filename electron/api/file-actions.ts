// What a handler may ask of the platform around files: pick where to save, pick what to open, reveal a file.
// Electron answers with native dialogs (electron/main/file-actions.ts); the browser transport with an exports folder.
export interface FileActions {
  /** A path to write a new file to, or null when the user cancelled. */
  chooseSavePath(suggestedName: string, kind: 'pdf' | 'bundle'): Promise<string | null>;
  /** A file the user picked to read, or null when cancelled or when this transport cannot pick files. */
  chooseOpenPath(kind: 'logo' | 'bundle'): Promise<string | null>;
  openPath(path: string): Promise<void>;
  showInFolder(path: string): Promise<void>;
}
