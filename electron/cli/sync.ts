// `scopewise sync --team-url U [--json]`: pushes and pulls until converged and prints what moved. Exit 0 when
// converged; a team database that cannot be reached or refuses the role exits 1 with one clear line, local data untouched.
import { getAssessment } from '../../db';
import { AppError } from '../../shared/errors';
import { describeNotice } from '../../shared/team-notices';
import { syncTeam } from '../team/sync';
import { parseTeamUrl } from '../team/url';
import { integerOption, requireOption } from './args';
import { type Command, EXIT_FAILURE, EXIT_OK } from './command';
import { DB_DETAILS, DB_OPTION, withCommandDatabase } from './database';
import { progressText } from './progress';

export const syncCommand: Command = {
  name: 'sync',
  usage: 'sync --team-url <postgres-url>',
  summary: "share assessments with the team database and fetch the team's (until converged)",
  details:
    'Pushes every revision and trash move not yet shared, pulls what others shared since the last sync, and repeats until\n' +
    'nothing is left. Interrupted at any point, the next run continues; nothing is lost or doubled. An assessment changed\n' +
    'on two devices from the same revision keeps both and is reported as a conflict. --json prints\n' +
    '{ "pushed", "pulled", "conflicts": [{ "id", "projectTitle" }], "skipped": [{ "seq", "id", "reason" }], "notices":\n' +
    '[{ "kind", "id", "by" }], "converged", "team" }; notices say what a colleague did to work here: restored-by-edit (a\n' +
    'deletion undone by their edit), resolved-by-colleague (their resolution of a conflict here), resolution-stood (their\n' +
    'concurrent resolution set aside for this one).\n' +
    'skipped lists changes of the team database this device cannot read (set aside, never applied, reported\n' +
    'once; team status lists them all). The password may come from\n' +
    '$PGPASSWORD.\n' +
    '--batch N (1 to 5000, default 500) sets how many changes go per round trip.\n' +
    DB_DETAILS,
  options: { ...DB_OPTION, 'team-url': { type: 'string' }, json: { type: 'boolean' }, batch: { type: 'string' } },
  run: async ({ values, io }) => {
    const url = requireOption(values, 'team-url', 'the team database URL (postgres://role@host/database)');
    parseTeamUrl(url, '--team-url');
    const batch = integerOption(values.batch, 'batch', 1, 5000, 500);
    return withCommandDatabase(values, io, { mode: 'write', command: 'sync' }, async (db) => {
      let report;
      // On a terminal, what has moved so far, after each round trip.
      const line = progressText(io);
      try {
        report = await syncTeam(
          db,
          { url, field: '--team-url' },
          { batch, onProgress: ({ pushed, pulled }) => line.tell(`syncing: pushed ${pushed}, pulled ${pulled}`) },
        );
      } catch (error) {
        // Not bad input: the team database could not be reached or refused; the local database is as it was.
        if (!(error instanceof AppError)) throw error;
        io.err(`scopewise: sync: ${error.message}\n`);
        return EXIT_FAILURE;
      } finally {
        line.end();
      }
      const conflicts = report.conflicts.map((id) => ({ id, projectTitle: getAssessment(db, id)?.projectTitle ?? '' }));
      if (values.json === true)
        io.out(
          `${JSON.stringify({ pushed: report.pushed, pulled: report.pulled, conflicts, skipped: report.skipped.map(({ seq, id, reason }) => ({ seq, id, reason })), notices: report.notices, converged: true, team: report.team }, null, 2)}\n`,
        );
      else {
        io.out(
          `synced with ${report.team}: pushed ${report.pushed}, pulled ${report.pulled}, ${conflicts.length} conflict${conflicts.length === 1 ? '' : 's'}\n`,
        );
        for (const n of report.notices) io.out(`notice: ${n.id}: ${describeNotice(n.kind, n.by)}\n`);
        for (const s of report.skipped) io.out(`skipped: team change ${s.id} (${s.reason}); set aside, the rest is synced\n`);
        for (const c of conflicts)
          io.out(`conflict: ${c.id} ("${c.projectTitle}") was changed here and on another device; both versions are kept, open it to choose\n`);
      }
      return EXIT_OK;
    });
  },
};
