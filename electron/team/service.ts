// The team sync of a running app or `serve`: the saved connection, one sync at a time (on demand or every few
// minutes in the background), and the state the top bar shows. Offline it goes quiet: the failure is kept as the
// state, never thrown at the UI; the local database stays the working copy throughout.
import type { Database } from 'better-sqlite3';

import {
  conflictedAssessments,
  forgetTeamConnection,
  getTeamConnection,
  getTeamState,
  listSkipped,
  markNoticesSeen,
  pendingCounts,
  saveTeamConnection,
  unseenNotices,
} from '../../db/team';
import type { TeamProgress, TeamStatus, TeamTestResult } from '../../shared/api/team';
import { AppError } from '../../shared/errors';
import type { SecretStore } from '../api/secret-store';
import { connectTeam, type TeamConnectOptions } from './connect';
import { describeTeamError } from './errors';
import { TEAM_SCHEMA_VERSION, teamSchemaVersion } from './schema';
import { syncTeam } from './sync';
import { parseTeamUrl, passwordInUrl, withoutPassword } from './url';

/** A failed connection test as the UI gets it: the error's sentence, and its why and params for a window to word. */
function failedTest(error: AppError): TeamTestResult {
  return {
    ok: false,
    message: error.message,
    ...(error.why === undefined ? {} : { why: error.why }),
    ...(error.params === undefined ? {} : { params: error.params }),
  };
}

export const SYNC_INTERVAL_MS = 2 * 60_000;
/** Changes per round trip in the app: each batch is applied in one local transaction, so this keeps every one short
 * (about 100 ms at the rate of tests/bench/metrics/sync.ts) and a save waiting behind it is not held up noticeably. */
export const APP_SYNC_BATCH = 100;
/** How many recently changed assessments the status names (the list marks them until seen). */
const CHANGED_KEPT = 500;

export class TeamSync {
  private running: Promise<void> | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private offline = false;
  /** The last sync's failure as met in this run, so the status can give its why beside the stored English sentence. */
  private lastFailure: AppError | null = null;
  private progress: TeamProgress | null = null;
  private changed = { generation: 0, ids: [] as string[] };

  constructor(
    private readonly db: () => Database,
    private readonly secrets: SecretStore | null,
    private readonly env: Readonly<Record<string, string | undefined>> = process.env,
  ) {}

  /** Syncs now and then every `intervalMs` while a team is connected. */
  start(intervalMs = SYNC_INTERVAL_MS): void {
    this.stop();
    this.timer = setInterval(() => void this.sync(), intervalMs);
    this.timer.unref?.();
    void this.sync();
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  private connectOptions(): TeamConnectOptions | null {
    const setting = getTeamConnection(this.db());
    if (setting === null) return null;
    const password = setting.encryptedPassword !== undefined && this.secrets !== null ? this.secrets.decrypt(setting.encryptedPassword) : undefined;
    return { url: setting.url, field: 'team.url', ...(password === undefined ? {} : { password }) };
  }

  /** The why and params of the stored last error, when it is the failure this run met. */
  private lastErrorKey(stored: string | null): Pick<TeamStatus, 'lastErrorWhy' | 'lastErrorParams'> {
    const failure = this.lastFailure;
    if (failure === null || failure.why === undefined || failure.message !== stored) return {};
    return { lastErrorWhy: failure.why, ...(failure.params === undefined ? {} : { lastErrorParams: failure.params }) };
  }

  status(): TeamStatus {
    const db = this.db();
    const setting = getTeamConnection(db);
    const state = getTeamState(db);
    const conflicts = conflictedAssessments(db).length;
    const passwordFrom = setting?.encryptedPassword !== undefined ? 'keychain' : this.env.PGPASSWORD ? 'environment' : 'none';
    const pending = pendingCounts(db);
    return {
      state:
        setting === null
          ? 'off'
          : this.running !== null
            ? 'syncing'
            : conflicts > 0
              ? 'conflict'
              : this.offline
                ? 'offline'
                : state.lastError !== null
                  ? 'error'
                  : pending.revisions + pending.trash > 0
                    ? 'waiting'
                    : 'synced',
      team: setting === null ? null : parseTeamUrl(setting.url, 'team.url').label,
      deviceId: state.deviceId,
      lastSyncAt: state.lastSyncAt,
      lastError: state.lastError,
      ...this.lastErrorKey(state.lastError),
      pending,
      conflicts,
      passwordFrom,
      skipped: listSkipped(db).map(({ seq, id, reason }) => ({ seq, id, reason })),
      progress: this.running === null ? null : this.progress,
      changed: this.changed,
      notices: unseenNotices(db),
    };
  }

  /** One sync, unless one is already running (then waits for that). Never throws: the outcome is in status(). */
  async sync(): Promise<TeamStatus> {
    const options = this.connectOptions();
    if (options === null) return this.status();
    if (this.running === null) {
      this.progress = { pushed: 0, pulled: 0 };
      this.running = syncTeam(this.db(), options, { batch: APP_SYNC_BATCH, onProgress: (progress) => (this.progress = progress) })
        .then((report) => {
          this.offline = false;
          this.lastFailure = null;
          if (report.changed.length > 0) {
            const ids = [...report.changed.slice(0, CHANGED_KEPT), ...this.changed.ids.filter((id) => !report.changed.includes(id))];
            this.changed = { generation: this.changed.generation + 1, ids: ids.slice(0, CHANGED_KEPT) };
          }
        })
        .catch((error: unknown) => {
          this.offline = error instanceof AppError && error.code === 'io';
          this.lastFailure = error instanceof AppError ? error : null;
        })
        .finally(() => {
          this.running = null;
          this.progress = null;
        });
    }
    await this.running;
    return this.status();
  }

  /** A typed password (or one in the URL) needs a keychain to be kept in: refused alike by test and connect. */
  private passwordToKeep(input: { url: string; password?: string }): string | null {
    const password = input.password !== undefined && input.password !== '' ? input.password : passwordInUrl(input.url);
    if (password !== null && (this.secrets === null || !this.secrets.available())) {
      throw new AppError(
        'unsupported',
        'password: this system offers no keychain to keep it in; leave it out and set PGPASSWORD before starting Scopewise (scopewise serve reads it)',
        'password',
        'team_no_keychain',
      );
    }
    return password;
  }

  /** Tries a connection (the saved one when no URL is given): reachable, allowed, and a team schema there. */
  async test(input: { url?: string; password?: string }): Promise<TeamTestResult> {
    const saved = this.connectOptions();
    let options: TeamConnectOptions | null = saved;
    if (input.url !== undefined) {
      // The same password rules as connect, so a test never passes with what connect would then refuse.
      let password: string | null;
      try {
        parseTeamUrl(input.url, 'url');
        password = this.passwordToKeep({ url: input.url, ...(input.password === undefined ? {} : { password: input.password }) });
      } catch (error) {
        return error instanceof AppError ? failedTest(error) : { ok: false, message: String(error) };
      }
      options = { url: input.url, field: 'url', ...(password === null ? {} : { password }) };
    }
    if (options === null) return { ok: false, message: 'No team database is set up yet.', why: 'team_not_configured' };
    try {
      const connection = await connectTeam(options);
      try {
        const version = await teamSchemaVersion(connection.client);
        if (version === 0)
          return {
            ok: false,
            message: `Connected to ${connection.target.label}, but it has no team schema yet: its owner runs scopewise team init.`,
            why: 'team_not_set_up',
            params: { server: connection.target.label },
          };
        if (version > TEAM_SCHEMA_VERSION)
          return {
            ok: false,
            message: `Connected to ${connection.target.label}, but its team schema is newer than this Scopewise.`,
            why: 'team_schema_newer',
            params: { server: connection.target.label },
          };
        await connection.client.query('SELECT 1 FROM scopewise.changes LIMIT 1');
        if (input.url === undefined) this.offline = false;
        return { ok: true, message: `Connected to ${connection.target.label}.`, params: { server: connection.target.label } };
      } finally {
        await connection.close();
      }
    } catch (error) {
      const described = describeTeamError(error, 'team database');
      // The saved connection failing its test is what the next sync would meet: the status says offline, not synced.
      if (input.url === undefined && described.code === 'io') this.offline = true;
      return failedTest(described);
    }
  }

  /**
   * Saves the connection (the URL without its password; a password goes to the OS keychain, and is refused where there
   * is none: `serve` reads PGPASSWORD) and syncs once.
   */
  async connect(input: { url: string; password?: string }): Promise<TeamStatus> {
    parseTeamUrl(input.url, 'url');
    const password = this.passwordToKeep(input);
    saveTeamConnection(this.db(), { url: withoutPassword(input.url), ...(password === null ? {} : { encryptedPassword: this.secrets!.encrypt(password) }) });
    return this.sync();
  }

  /** The consultant has read the notices up to `through`: they are no longer shown. */
  dismissNotices(through: number): TeamStatus {
    markNoticesSeen(this.db(), through);
    return this.status();
  }

  /** Forgets the team connection (and its keychain entry); local data and what was shared stay as they are. */
  disconnect(): TeamStatus {
    forgetTeamConnection(this.db());
    this.offline = false;
    return this.status();
  }
}
