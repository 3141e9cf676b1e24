// The main process's dialogs in the app's language: the backup offer, the refusal to start, the services stopping, a
// warning (every reason the services raise one for) and the file dialogs' filters, in German when the app speaks
// German and word for word as before in English.
import { describe, expect, it } from 'vitest';

import { BackupFailedCheckError, DatabaseLockedError, DatabaseRefusedError } from '../../db';
import { SERVICES_STOPPED } from '../../electron/api/service-host';
import { cannotOpenTitle, databaseProblem, fileFilters, recoveryPrompt, stoppedBox, warningBox } from '../../electron/main/dialog-text';
import { electronFileActions } from '../../electron/main/file-actions';
import { AppError, type ErrorReason } from '../../shared/errors';
import { causeParams, type Warning, WARNING_REASONS, type WarningReason } from '../../shared/warnings';
import { englishLines } from '../i18n/english-words';

const refused = new DatabaseRefusedError('/home/anna/.config/Scopewise/scopewise.db', 'corrupt', 'database disk image is malformed');
const BACKUP = '/home/anna/.config/Scopewise/backups/scopewise-2026-12-06.db';
const FILE = '/home/anna/.config/Scopewise/scopewise.db';
const STORAGE: ErrorReason[] = ['disk_full', 'read_only', 'database_busy', 'permission_denied', 'folder_missing', 'path_is_folder'];

/** Each reason as the services raise it: every optional part, each kind of cause (a known one, a raw code, none). */
const SAMPLES: Record<WarningReason, Warning['params'][]> = {
  restore_remains_removed: [{ file: FILE, leftover: 'scopewise.db.restoring' }],
  restore_finished: [
    { file: FILE, backup: 'scopewise-20261206T090000000Z-daily.db' },
    {
      file: FILE,
      backup: 'scopewise-20261206T090000000Z-daily.db',
      setAside: '/home/anna/.config/Scopewise/backups/scopewise-20261207T080000000Z-before-restore.db',
    },
  ],
  restore_undone: [{ file: FILE }, { file: FILE, backup: 'scopewise-20261206T090000000Z-daily.db' }],
  wal_unavailable: [{ file: FILE, mode: 'delete' }],
  database_read_only: [{ file: FILE }],
  network_file_system: [{ file: FILE, filesystem: 'nfs4' }],
  search_index_at_shutdown: [
    { file: FILE, cause: 'disk_full' },
    { file: FILE, code: 'SQLITE_IOERR' },
  ],
  wal_at_shutdown: [{ file: FILE, cause: 'read_only' }, { file: FILE }],
  close_failed: [{ file: FILE, cause: 'database_busy' }],
  backup_not_made: [
    ...STORAGE.map((cause) => ({ cause })),
    { cause: 'backup_failed_check', kept: 'failed/scopewise-20261207T080000000Z-daily.db', live: 'sound' },
    { cause: 'backup_failed_check', kept: 'failed/scopewise-20261207T080000000Z-daily.db', live: 'damaged' },
    { code: 'EEXIST' },
    {},
  ],
  backups_in_future: [
    { count: 1, example: 'scopewise-20301206T090000000Z-daily.db' },
    { count: 4, example: 'scopewise-20301206T090000000Z-daily.db' },
  ],
  trash_not_emptied: [{ cause: 'read_only' }],
  empty_assessments_kept: [{ cause: 'permission_denied' }],
  proposals_not_expired: [{ code: 'SQLITE_CORRUPT' }],
};
const WARNINGS: Warning[] = WARNING_REASONS.flatMap((why) => SAMPLES[why].map((params) => ({ why, params })));

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
});

describe('a warning from the services', () => {
  it('in German says every reason in German, naming the file but not its folders, with no English sentence left', () => {
    const english = 'the daily backup could not be made: ENOSPC: no space left on device, write';
    const details = WARNINGS.map((warning) => {
      const box = warningBox(english, 'de', warning);
      expect(box.message).toBe('Hinweis von Scopewise');
      const detail = box.detail ?? '';
      expect(detail, warning.why).not.toBe('');
      expect(englishLines(detail, 'de'), `${warning.why}: ${detail}`).toEqual([]);
      expect(detail, warning.why).not.toMatch(/\/home\/anna|no space left|could not/);
      if (warning.params.file !== undefined) expect(detail, warning.why).toContain('scopewise.db');
      return detail;
    });
    // No two samples read alike: every optional part and every cause shows.
    expect(new Set(details).size).toBe(details.length);
  });

  it('in German names a known cause in words, and a raw code only when the cause is not a known one', () => {
    const detail = (why: WarningReason, params: Warning['params']): string => warningBox('', 'de', { why, params }).detail ?? '';
    expect(detail('backup_not_made', { cause: 'disk_full' })).toBe('Die tägliche Sicherung konnte nicht erstellt werden. Ursache: Der Datenträger ist voll.');
    expect(detail('backup_not_made', { code: 'EEXIST' })).toBe('Die tägliche Sicherung konnte nicht erstellt werden. Details: EEXIST');
    expect(detail('backup_not_made', {})).toBe('Die tägliche Sicherung konnte nicht erstellt werden.');
    expect(detail('database_read_only', { file: FILE })).toBe(
      'scopewise.db ist schreibgeschützt: Scopewise kann die Daten anzeigen, aber keine Änderung speichern. Heben Sie den Schreibschutz der Datei und ihres Ordners auf und starten Sie Scopewise neu.',
    );
    expect(detail('backups_in_future', { count: 1, example: 'a.db' })).toMatch(/^Eine Sicherung trägt ein Datum in der Zukunft/);
    expect(detail('backups_in_future', { count: 4, example: 'a.db' })).toMatch(/^4 Sicherungen tragen ein Datum in der Zukunft/);
    for (const cause of STORAGE) expect(detail('wal_at_shutdown', { file: FILE, cause, code: 'ENOSPC' })).not.toContain('ENOSPC');
  });

  it('in English shows the services’ sentence as it always did, whatever its key', () => {
    for (const warning of WARNINGS)
      expect(warningBox('scopewise.db is read-only: Scopewise can show it', 'en', warning)).toEqual({
        message: 'scopewise.db is read-only: Scopewise can show it',
      });
  });

  it('without a key (an older caller) in German keeps the sentence as the detail under a German heading', () => {
    expect(warningBox('something new happened', 'de')).toEqual({ message: 'Hinweis von Scopewise', detail: 'something new happened' });
  });

  it('carries an error’s cause as its key: a known storage cause, an error’s own reason, else the raw code', () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    expect(causeParams(full)).toEqual({ cause: 'disk_full' });
    expect(causeParams(Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY' }))).toEqual({ cause: 'read_only' });
    expect(causeParams(new BackupFailedCheckError('/b/failed/x.db', 'malformed', null))).toEqual({
      cause: 'backup_failed_check',
      kept: 'failed/x.db',
      live: 'sound',
    });
    expect(causeParams(Object.assign(new Error('EEXIST: file already exists, mkdir'), { code: 'EEXIST' }))).toEqual({ code: 'EEXIST' });
    expect(causeParams(new AppError('invalid_input', 'x: already exists'))).toEqual({});
    expect(causeParams('a string')).toEqual({});
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
