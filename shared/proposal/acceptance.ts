// Terms (payment, validity) and the acceptance block, in the proposal's language. The acceptance's signature layout is
// one function (signatureBlock), so the fields a client fills in are decided in one place.
import { DEFAULT_PROPOSAL_SETTINGS } from '../branding';
import * as m from '../i18n/paraglide/messages';
import { clientFormFields, type SignatureLine } from './acceptance-form';
import type { ProposalContext } from './context';
import { paymentSchedule } from './payment-terms';
import { listOr } from './phrases';
import { cleanText } from './text';
import type { Block, Section } from './types';

export function termsSection(ctx: ProposalContext): Section {
  const locale = { locale: ctx.language };
  const blocks: Block[] = ctx.commercial === null ? [] : paymentSchedule(ctx.commercial);
  // The settings' payment terms as the consultant wrote them; left at the app's default, the default in this language.
  const own = cleanText(ctx.settings.paymentTerms).trim();
  const payment = own === DEFAULT_PROPOSAL_SETTINGS.paymentTerms ? m.proposal_default_payment_terms({}, locale) : own;
  if (payment !== '') blocks.push({ kind: 'subheading', text: m.proposal_terms_payment({}, locale) }, { kind: 'paragraph', text: payment });
  blocks.push({ kind: 'subheading', text: m.proposal_terms_validity({}, locale) });
  blocks.push({ kind: 'paragraph', text: m.proposal_terms_validity_text({ date: ctx.validUntil }, locale) });
  return { title: m.proposal_terms_title({}, locale), blocks };
}

const SIGNATURE_LINES: readonly SignatureLine[] = ['name', 'title', 'date', 'signature'];

/** A signature line's printed label in the proposal's language. */
function lineLabel(line: SignatureLine, ctx: ProposalContext): string {
  const locale = { locale: ctx.language };
  const labels: Record<SignatureLine, string> = {
    option: m.proposal_signature_option({}, locale),
    name: m.proposal_signature_name({}, locale),
    title: m.proposal_signature_title({}, locale),
    date: m.proposal_signature_date({}, locale),
    signature: m.proposal_signature_signature({}, locale),
  };
  return labels[line];
}

/** The tiers' names when there is a choice to make (two or three), else none. */
function optionNames(ctx: ProposalContext): string[] {
  const c = ctx.commercial;
  return c !== null && c.estimate.tiers.length > 1 ? c.estimate.tiers.map((t) => t.name) : [];
}

/** The client's signatory: the contact person recorded for the client, with their role; none when not recorded. */
function signatoryOf(ctx: ProposalContext): { signatory?: string } {
  const signatory = [ctx.contact.name, ctx.contact.role].filter((s) => s !== '').join(', ');
  return ctx.contact.name === '' ? {} : { signatory };
}

/** The signature boxes: the client's (with the option chosen when there is a choice) and the consultancy's. */
export function signatureBlock(ctx: ProposalContext): Extract<Block, { kind: 'signature' }> {
  const locale = { locale: ctx.language };
  const options = optionNames(ctx);
  const clientLines: SignatureLine[] = options.length > 0 ? ['option', ...SIGNATURE_LINES] : [...SIGNATURE_LINES];
  return {
    kind: 'signature',
    parties: [
      {
        heading: m.proposal_signature_for_client({}, locale),
        organisation: ctx.client || m.proposal_signature_client({}, locale),
        ...signatoryOf(ctx),
        fields: clientLines.map((line) => lineLabel(line, ctx)),
        form: clientFormFields(clientLines, options),
      },
      {
        heading: m.proposal_signature_for_company({ company: ctx.company }, locale),
        organisation: ctx.company,
        fields: SIGNATURE_LINES.map((line) => lineLabel(line, ctx)),
      },
    ],
  };
}

/** "By signing, … accepts this proposal (number) in the option written below (A, B or C)." */
function acceptanceSentence(ctx: ProposalContext, options: readonly string[]): string {
  const locale = { locale: ctx.language };
  const inputs = { client: ctx.client, number: ctx.number ?? '', options: listOr(options, ctx.language) };
  const named = ctx.client !== '';
  const numbered = ctx.number !== undefined;
  if (options.length > 0) {
    if (named) return (numbered ? m.proposal_acceptance_client_number_option : m.proposal_acceptance_client_option)(inputs, locale);
    return (numbered ? m.proposal_acceptance_number_option : m.proposal_acceptance_option)(inputs, locale);
  }
  if (named) return (numbered ? m.proposal_acceptance_client_number : m.proposal_acceptance_client)(inputs, locale);
  return (numbered ? m.proposal_acceptance_number : m.proposal_acceptance)(inputs, locale);
}

export function acceptanceSection(ctx: ProposalContext): Section {
  const options = optionNames(ctx);
  const recommended =
    options.length > 0 && ctx.commercial !== null ? m.proposal_acceptance_recommend({ option: ctx.commercial.tier.name }, { locale: ctx.language }) : '';
  const text = [acceptanceSentence(ctx, options), recommended].filter((s) => s !== '').join(' ');
  return {
    title: m.proposal_acceptance_title({}, { locale: ctx.language }),
    keepTogether: true,
    blocks: [{ kind: 'paragraph', text }, signatureBlock(ctx)],
  };
}
