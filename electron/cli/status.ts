// `scopewise status <id> sent|accepted|declined [--tier N] [--by NAME] [--reason TEXT]`: records what happened to a
// proposal (db/deals.ts), as the app's Record status does: one save, one revision, nothing written when refused.
import { setStatus } from '../../db';
import { STATUS_CHANGES, statusChangeSchema } from '../../shared/deal';
import { AppError, parseInput } from '../../shared/errors';
import { integerOption, requirePositional } from './args';
import { type Command, EXIT_OK } from './command';
import { DB_DETAILS, DB_OPTION, withCommandDatabase } from './database';
import { requireAssessmentId } from './show';

/** The schema's messages name `tier`, `by`, `reason`, `status`; on the command line they are options. */
function asOption(error: unknown): never {
  if (error instanceof AppError && error.field !== undefined && ['tier', 'by', 'reason'].includes(error.field))
    throw new AppError(error.code, error.message.replace(new RegExp(`^${error.field}:`), `--${error.field}:`), error.field);
  throw error;
}

export const statusCommand: Command = {
  name: 'status',
  usage: 'status <id> sent|accepted|declined [--tier N] [--by NAME] [--reason TEXT] [--json]',
  summary: 'record that a proposal was sent, accepted or declined',
  details:
    'sent: the proposal went to the client. Its current revision is sealed (a later edit makes a new revision, and the next\n' +
    'export a new version under the same number), and it stays valid until the date its latest proposal prints; after that,\n' +
    'the next start of the app marks it expired.\n' +
    'accepted: needs --tier N (the option the client chose, 1 to the number of options) and --by NAME (who accepted);\n' +
    'the accepted revision is sealed too.\n' +
    'declined: --reason TEXT (optional) records why.\n' +
    'Each change is a revision. An assessment in the trash is refused. --json prints the status and the deal record.\n' +
    DB_DETAILS,
  options: { ...DB_OPTION, tier: { type: 'string' }, by: { type: 'string' }, reason: { type: 'string' }, json: { type: 'boolean' } },
  run: async ({ positionals, values, io }) => {
    const id = requireAssessmentId(requirePositional(positionals, 0, 'id', 'an assessment id (a UUID, as `list` prints)'));
    const status = requirePositional(positionals, 1, 'status', STATUS_CHANGES.join(', '));
    if (!(STATUS_CHANGES as readonly string[]).includes(status))
      throw new AppError('invalid_input', `status: expected one of ${STATUS_CHANGES.join(', ')}, got ${JSON.stringify(status)}`, 'status');
    const tier = values.tier === undefined ? undefined : integerOption(values.tier, 'tier', 1, 3, 1);
    let change;
    try {
      change = parseInput(statusChangeSchema, {
        status,
        ...(tier === undefined ? {} : { tier }),
        ...(typeof values.by === 'string' ? { by: values.by } : {}),
        ...(typeof values.reason === 'string' ? { reason: values.reason } : {}),
      });
    } catch (error) {
      asOption(error);
    }
    const missing = (): never => {
      throw new AppError('not_found', `no assessment with id ${id}`, 'id');
    };
    const saved = await withCommandDatabase(values, io, { mode: 'read', records: true, command: 'status', missing }, (db) => {
      try {
        return setStatus(db, id, change);
      } catch (error) {
        return asOption(error);
      }
    });
    if (values.json === true) {
      io.out(`${JSON.stringify({ id: saved.id, status: saved.status, revision: saved.revision, deal: saved.deal ?? {} }, null, 2)}\n`);
    } else {
      const deal = saved.deal ?? {};
      const detail =
        saved.status === 'accepted'
          ? ` (option ${deal.acceptedTier}, by ${deal.acceptedBy})`
          : saved.status === 'sent'
            ? ` (valid until ${deal.validUntil})`
            : deal.declineReason !== undefined
              ? ` (${deal.declineReason})`
              : '';
      io.out(`${saved.id}: ${saved.status}${detail}, revision ${saved.revision}\n`);
    }
    return EXIT_OK;
  },
};
