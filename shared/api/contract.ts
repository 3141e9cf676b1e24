// The one API contract between the UI and the rest of the app: channel name → zod input schema → output type.
// Both transports (Electron IPC and the loopback HTTP bridge) are generic over this map. Extend, never rename.
import { z } from 'zod';

import { assessmentFieldsSchema, listQuerySchema, type SavedAssessment } from '../assessment';
import { brandingSchema, proposalSettingsSchema } from '../branding';
import { BUNDLE_MAX_ASSESSMENTS, BUNDLE_MAX_BYTES, BUNDLE_MAX_TEXT } from '../bundle';
import { statusChangeInputSchema } from '../deal';
import type { ErrorParams, ErrorReason } from '../errors';
import { PROPOSAL_LANGUAGES, uiLanguageSchema } from '../i18n/language';
import { type Pipeline, pipelineQuerySchema } from '../pipeline';
import { rateCardSchema } from '../scope/schema';
import { CHANNEL_NAMES, type ChannelNameList } from './channels';
import { type TeamAuthors, type TeamConflictView, teamConnectSchema, teamDismissSchema, type TeamStatus, type TeamTestResult } from './team';
import type {
  AssessmentListPage,
  BackupInfo,
  ExportResult,
  ImportReport,
  Ok,
  ProposalPreview,
  RevisionComparison,
  RevisionSummary,
  SettingsView,
  TaskProgress,
} from './types';

interface Channel<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type, never read at run time. */
  output: O;
}

function channel<O>() {
  return <I extends z.ZodType>(input: I): Channel<I, O> => ({ input, output: undefined as O });
}

const id = z.object({ id: z.uuid() }).strict();
const empty = z.object({}).strict();
/** `revision`: the proposal of that revision (the current one when absent). `edition` defaults to client: what the client
 * receives; internal adds the notes, each rule's source and the estimate's working. */
/** `language`: the proposal in that language for this one preview or export (the assessment's proposalLanguage when absent). */
const proposalRequest = z
  .object({
    id: z.uuid(),
    edition: z.enum(['client', 'internal']).optional(),
    revision: z.number().int().min(1).optional(),
    language: z.enum(PROPOSAL_LANGUAGES).optional(),
  })
  .strict();

export const contract = {
  /** A page of 50; `trash: true` lists the trash instead. */
  'assessments.list': channel<AssessmentListPage>()(listQuerySchema),
  'assessments.get': channel<SavedAssessment>()(id),
  'assessments.create': channel<SavedAssessment>()(z.object({ fields: assessmentFieldsSchema.partial().optional() }).strict()),
  'assessments.update': channel<SavedAssessment>()(z.object({ id: z.uuid(), fields: assessmentFieldsSchema.partial() }).strict()),
  'assessments.delete': channel<Ok>()(id),
  'assessments.restore': channel<Ok>()(id),
  'assessments.duplicate': channel<SavedAssessment>()(id),
  'assessments.revisions': channel<RevisionSummary[]>()(id),
  'assessments.compare': channel<RevisionComparison>()(z.object({ id: z.uuid(), from: z.number().int().min(1), to: z.number().int().min(1) }).strict()),
  /** Makes an old revision the current one, as a new revision: nothing before it is lost. */
  'assessments.restoreRevision': channel<SavedAssessment>()(z.object({ id: z.uuid(), revision: z.number().int().min(1) }).strict()),
  /** Deletes a new assessment for good when nothing was ever changed in it; anything typed is kept. */
  'assessments.discardIfUntouched': channel<{ discarded: boolean }>()(id),
  'proposal.preview': channel<ProposalPreview>()(proposalRequest),
  'proposal.export': channel<ExportResult>()(proposalRequest),
  'proposal.open': channel<Ok>()(z.object({ path: z.string().min(1).max(4096) }).strict()),
  'proposal.showInFolder': channel<Ok>()(z.object({ path: z.string().min(1).max(4096) }).strict()),
  'settings.get': channel<SettingsView>()(empty),
  /**
   * Any part may be sent alone: the branding (any of its fields), the whole rate card, proposal settings;
   * `proposal.brandingConfirmed` records the first-run branding check; `uiLanguage` is the app's own language.
   */
  'settings.update': channel<SettingsView>()(
    z
      .object({
        branding: brandingSchema.partial().optional(),
        rateCard: rateCardSchema.optional(),
        proposal: proposalSettingsSchema.partial().optional(),
        uiLanguage: uiLanguageSchema.optional(),
      })
      .strict(),
  ),
  'settings.pickLogo': channel<SettingsView & { cancelled: boolean }>()(empty),
  /** Drafts the scope from the saved answers and the rate card; refuses to replace an existing scope unless `replace`. */
  'scope.draft': channel<SavedAssessment>()(z.object({ id: z.uuid(), replace: z.boolean().optional() }).strict()),
  /** Re-copies the rate card (currency, day rates, percentages) into the scope; a sent proposal keeps its rates until then. */
  'scope.updateRates': channel<SavedAssessment>()(id),
  /** The consultancy's record for calibration: actual ÷ estimated days of every other live assessment with actuals. */
  'scope.calibration': channel<{ ratios: number[] }>()(id),
  /**
   * The bundle's bytes (`bytes`: the file as the browser read it, sent as application/octet-stream over HTTP), its text
   * (`json`), or neither: the desktop app asks for a file. At most BUNDLE_MAX_BYTES either way.
   */
  'bundles.import': channel<ImportReport>()(
    z
      .object({
        json: z.string().max(BUNDLE_MAX_BYTES).optional(),
        bytes: z
          .instanceof(Uint8Array)
          .refine((bytes) => bytes.byteLength <= BUNDLE_MAX_BYTES, `the bundle is larger than ${BUNDLE_MAX_TEXT}`)
          .optional(),
      })
      .strict(),
  ),
  'bundles.export': channel<ExportResult>()(z.object({ ids: z.array(z.uuid()).min(1).max(BUNDLE_MAX_ASSESSMENTS) }).strict()),
  'backups.list': channel<BackupInfo[]>()(empty),
  'backups.create': channel<BackupInfo>()(empty),
  'backups.restore': channel<Ok>()(z.object({ name: z.string().regex(/^[\w.-]{1,200}$/) }).strict()),
  /** A "before-restore" backup is kept through every rotation until dismissed here; then it ages out like the rest. */
  'backups.dismiss': channel<Ok>()(z.object({ name: z.string().regex(/^[\w.-]{1,200}$/) }).strict()),
  'team.status': channel<TeamStatus>()(empty),
  'team.connect': channel<TeamStatus>()(teamConnectSchema),
  'team.test': channel<TeamTestResult>()(teamConnectSchema.partial()),
  'team.disconnect': channel<TeamStatus>()(empty),
  'team.sync': channel<TeamStatus>()(empty),
  'team.authors': channel<TeamAuthors>()(z.object({ ids: z.array(z.uuid()).max(500) }).strict()),
  'team.conflict': channel<TeamConflictView | null>()(id),
  'team.resolve': channel<SavedAssessment>()(z.object({ id: z.uuid(), fields: assessmentFieldsSchema }).strict()),
  /** The long work running now (a bundle import) and how far it is, or null: the UI polls it for its progress bar. */
  'tasks.progress': channel<TaskProgress | null>()(empty),
  /** Cancels the long work running now; it stops at its next step and writes nothing. `cancelled`: there was one. */
  'tasks.cancel': channel<{ cancelled: boolean }>()(empty),
  /** Records sent, accepted (with `tier` and `by`) or declined (with an optional `reason`) as a revision (shared/deal.ts). */
  'deals.setStatus': channel<SavedAssessment>()(statusChangeInputSchema),
  /** The pipeline: statuses with their values, the open proposals, the decisions of a period (default: the last 90 days). */
  'deals.pipeline': channel<Pipeline>()(pipelineQuerySchema),
  /** Every live proposal that left the workshop, as CSV text. */
  'deals.pipelineCsv': channel<{ csv: string }>()(empty),
  'team.dismissNotices': channel<TeamStatus>()(teamDismissSchema),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<K extends ChannelName> = z.input<Contract[K]['input']>;
export type ChannelOutput<K extends ChannelName> = Contract[K]['output'];

export { CHANNEL_NAMES };

// Compile-time proof that channels.ts lists exactly the contract's channels.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const namesMatch: Same<ChannelName, ChannelNameList> = true;
void namesMatch;

/** What every call answers: a value, or a typed error. Errors never carry stacks, SQL or file-system internals. */
export type ApiResult<T> =
  { ok: true; value: T } | { ok: false; error: { code: string; message: string; field?: string; why?: ErrorReason; params?: ErrorParams } };

/** The typed API the renderer sees as window.scopewise: one async function per channel. */
export type ScopewiseApi = { [K in ChannelName]: (input: ChannelInput<K>) => Promise<ApiResult<ChannelOutput<K>>> };
