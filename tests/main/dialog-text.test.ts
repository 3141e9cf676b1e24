// The main process's dialogs in the app's language: the backup offer, the refusal to start, the services stopping, a
// warning and the file dialogs' filters, in German when the app speaks German and word for word as before in English.
import { describe, expect, it } from 'vitest';

import { DatabaseLockedError, DatabaseRefusedError } from '../../db';
import { SERVICES_STOPPED } from '../../electron/api/service-host';
import { cannotOpenTitle, databaseProblem, fileFilters, recoveryPrompt, stoppedBox, warningBox } from '../../electron/main/dialog-text';
import { electronFileActions } from '../../electron/main/file-actions';
import { AppError } from '../../shared/errors';

const refused = new DatabaseRefusedError('/home/anna/.config/Scopewise/scopewise.db', 'corrupt', 'database disk image is malformed');
const BACKUP = '/home/anna/.config/Scopewise/backups/scopewise-2026-12-06.db';

describe('the main process’s dialogs', () => {
  it('in English say what they always said', () => {
    expect(recoveryPrompt(databaseProblem(refused, 'en'), BACKUP, 'en')).toEqual({
      message: 'Scopewise cannot open its database',
      detail: `${refused.message}\n\nRestore the newest good backup (scopewise-2026-12-06.db)? The damaged file is kept in the backups folder.`,
      buttons: ['Restore backup', 'Quit'],
    });
    expect(cannotOpenTitle('en')).toBe('Scopewise cannot open its database');
    expect(stoppedBox(new AppError('unavailable', SERVICES_STOPPED), 'en')).toEqual({ title: 'Scopewise stopped', text: SERVICES_STOPPED });
    expect(warningBox('the daily backup could not be made: disk full', 'en')).toEqual({ message: 'the daily backup could not be made: disk full' });
    expect(fileFilters('bundle', 'en')).toEqual([{ name: 'Scopewise bundle', extensions: ['json'] }]);
  });

  it('in German offer the backup, name the damaged file and its state, and keep no English sentence of their own', () => {
    const prompt = recoveryPrompt(databaseProblem(refused, 'de'), BACKUP, 'de');
    expect(prompt).toEqual({
      message: 'Scopewise kann seine Datenbank nicht öffnen',
      detail:
        'scopewise.db ist beschädigt. Die Datei wurde nicht verändert.\n\nDie neueste intakte Sicherung (scopewise-2026-12-06.db) wiederherstellen? Die beschädigte Datei bleibt im Sicherungsordner erhalten.',
      buttons: ['Sicherung wiederherstellen', 'Beenden'],
    });
    expect(JSON.stringify(prompt)).not.toMatch(/malformed|Restore|Quit|damaged|\/home\/anna/);
    expect(databaseProblem(new DatabaseRefusedError('/data/old.db', 'newer', 'schema 99'), 'de')).toBe(
      'old.db wurde mit einer neueren Scopewise-Version geschrieben. Die Datei wurde nicht verändert; aktualisieren Sie Scopewise, um sie zu öffnen.',
    );
    expect(databaseProblem(new DatabaseLockedError('/data/scopewise.db', null), 'de')).toMatch(/^Ein anderes Programm ändert gerade diese Datenbank/);
    expect(cannotOpenTitle('de')).toBe('Scopewise kann seine Datenbank nicht öffnen');
    const readOnly = new AppError('io', '/media/usb/scopewise.db is on a read-only file system: there is no database there yet', 'database', 'read_only');
    expect(databaseProblem(readOnly, 'de')).toMatch(/^Das Dateisystem oder die Datenbankdatei ist schreibgeschützt/);
    expect(databaseProblem(readOnly, 'en')).toBe(readOnly.message);
  });

  it('in German say the services stopped, head a warning, and name the files a dialog offers', () => {
    expect(stoppedBox(new AppError('unavailable', SERVICES_STOPPED), 'de')).toEqual({
      title: 'Scopewise wurde angehalten',
      text: 'Die Dienste von Scopewise wurden unerwartet beendet; es lässt sich nichts mehr speichern. Starten Sie Scopewise neu, um weiterzuarbeiten.',
    });
    expect(warningBox('the daily backup could not be made: disk full', 'de')).toEqual({
      message: 'Hinweis von Scopewise',
      detail: 'the daily backup could not be made: disk full',
    });
    expect(['pdf', 'bundle', 'logo'].map((kind) => fileFilters(kind as 'pdf', 'de')[0]!.name)).toEqual(['PDF-Dokument', 'Scopewise-Paket', 'Logo-Bild']);
  });

  it('the save and open dialogs get their filters in the language the app speaks when they open', async () => {
    const seen: unknown[] = [];
    let language: 'en' | 'de' = 'en';
    const files = electronFileActions({
      dialog: {
        showSaveDialog: (async (options: unknown) => {
          seen.push(options);
          return { canceled: true };
        }) as never,
        showOpenDialog: async (options: unknown) => {
          seen.push(options);
          return { canceled: true, filePaths: [] };
        },
      },
      shell: { openPath: async () => '', showItemInFolder: () => {} },
      window: () => null,
      language: () => language,
    });
    await files.chooseSavePath('Angebot.pdf', 'pdf');
    language = 'de';
    await files.chooseSavePath('Angebot.pdf', 'pdf');
    await files.chooseOpenPath('bundle');
    expect(seen).toEqual([
      { defaultPath: 'Angebot.pdf', filters: [{ name: 'PDF document', extensions: ['pdf'] }] },
      { defaultPath: 'Angebot.pdf', filters: [{ name: 'PDF-Dokument', extensions: ['pdf'] }] },
      { properties: ['openFile'], filters: [{ name: 'Scopewise-Paket', extensions: ['json'] }] },
    ]);
  });
});
