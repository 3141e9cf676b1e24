// Terms (payment, validity) and the acceptance block. The acceptance's signature layout is one function
// (signatureBlock), so the fields a client fills in are decided in one place.
import { clientFormFields } from './acceptance-form';
import type { ProposalContext } from './context';
import { paymentSchedule } from './payment-terms';
import { cleanText } from './text';
import type { Block, Section } from './types';

export function termsSection(ctx: ProposalContext): Section {
  const blocks: Block[] = ctx.commercial === null ? [] : paymentSchedule(ctx.commercial);
  const payment = cleanText(ctx.settings.paymentTerms).trim();
  if (payment !== '') blocks.push({ kind: 'subheading', text: 'Payment' }, { kind: 'paragraph', text: payment });
  blocks.push({ kind: 'subheading', text: 'Validity' });
  blocks.push({
    kind: 'paragraph',
    text: `This proposal is valid until ${ctx.validUntil}. It becomes binding once both parties have signed below; changes to the scope after that are agreed in writing.`,
  });
  return { title: 'Terms', blocks };
}

const SIGNATURE_FIELDS = ['Name', 'Title', 'Date', 'Signature'];

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
  const options = optionNames(ctx);
  const clientLines = options.length > 0 ? ['Option chosen', ...SIGNATURE_FIELDS] : SIGNATURE_FIELDS;
  return {
    kind: 'signature',
    parties: [
      {
        heading: 'For the client',
        organisation: ctx.client || 'Client',
        ...signatoryOf(ctx),
        fields: clientLines,
        form: clientFormFields(clientLines, options),
      },
      { heading: `For ${ctx.company}`, organisation: ctx.company, fields: SIGNATURE_FIELDS },
    ],
  };
}

export function acceptanceSection(ctx: ProposalContext): Section {
  const options = optionNames(ctx);
  const number = ctx.number !== undefined ? ` (${ctx.number})` : '';
  // "A, B or C": the last name joined by "or" whatever its length (a tier's name may have several words).
  const choice = options.length > 0 ? ` in the option written below (${options.slice(0, -1).join(', ')} or ${options.at(-1)!})` : '';
  const recommended = options.length > 0 && ctx.commercial !== null ? ` We recommend ${ctx.commercial.tier.name}.` : '';
  return {
    title: 'Acceptance',
    keepTogether: true,
    blocks: [{ kind: 'paragraph', text: `By signing, ${ctx.clientName} accepts this proposal${number}${choice}.${recommended}` }, signatureBlock(ctx)],
  };
}
