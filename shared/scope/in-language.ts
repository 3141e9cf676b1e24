// The scope as a proposal in one language prints it: every text a draft wrote (item titles and descriptions, phase and
// tier names, the default assumptions, exclusions and responsibilities, payment stages, the tax's name), recognised in
// any proposal language, is given in that language; everything the consultant wrote or edited stays exactly as typed.
// Pure; changes no figure, id or order, so the estimate of the result is the estimate of the scope.
import type { Requirements } from '../engine/requirements';
import type { ProposalLanguage } from '../i18n/language';
import { defaultTextIn } from './default-texts';
import { printedDescription, printedTitle } from './descriptions';
import { FORMER_PHASE_NAMES, PHASE_NAMES, PHASES } from './knowledge';
import { ADDED_TIER_WORDS, DEFAULT_PAYMENT_STAGES, DEFAULT_TAX_WORDS, DEFAULT_TIER_WORDS, numberedTierWords, type Scope, TIERS_MAX } from './schema';
import { says, type Words } from './words';

/** `text` in `language` when it is `w` in any proposal language; otherwise as typed. */
const inLanguage = (w: Words, text: string, language: ProposalLanguage): string => (says(w, text) ? w(language) : text);

/** Every name a tier may have been given by default: the draft's, those of tiers added in the Scope view, "Tier n". */
const TIER_NAMES: readonly Words[] = [DEFAULT_TIER_WORDS, ...ADDED_TIER_WORDS, ...Array.from({ length: TIERS_MAX }, (_, i) => numberedTierWords(i + 1))];

/** A tier's name in `language` when it is a default name (in any language); a name the consultant gave stays. */
export function tierName(name: string, language: ProposalLanguage): string {
  const w = TIER_NAMES.find((t) => says(t, name));
  return w === undefined ? name : w(language);
}

/** A phase's name in `language` when it is a drafted phase name (in any language); a phase the consultant named stays. */
export function phaseName(name: string, language: ProposalLanguage): string {
  const phase = PHASES.find((p) => says(PHASE_NAMES[p], name) || FORMER_PHASE_NAMES[p]?.includes(name.trim()) === true);
  return phase === undefined ? name : PHASE_NAMES[phase](language);
}

/** The scope with its drafted texts in `language` (see the module comment); `requirements` are the answers it was drafted from. */
export function scopeInLanguage(scope: Scope, requirements: Requirements, language: ProposalLanguage): Scope {
  const lines = (texts: readonly string[]): string[] => texts.map((t) => defaultTextIn(t, language));
  return {
    ...scope,
    tiers: scope.tiers.map((name) => tierName(name, language)),
    items: scope.items.map((item) => {
      // A drafted description follows its drafted title into the language; a stale or own one is left as it is.
      const description = item.description === undefined ? undefined : (printedDescription(item, requirements, language) ?? item.description);
      return {
        ...item,
        title: printedTitle(item, requirements, language),
        ...(description === undefined ? {} : { description }),
        phase: phaseName(item.phase, language),
      };
    }),
    assumptions: lines(scope.assumptions),
    exclusions: lines(scope.exclusions),
    clientResponsibilities: lines(scope.clientResponsibilities),
    ...(scope.payments === undefined
      ? {}
      : {
          payments: scope.payments.map((p) => {
            const stage = DEFAULT_PAYMENT_STAGES.find((s) => says(s.label, p.label));
            return stage === undefined ? p : { ...p, label: stage.label(language) };
          }),
        }),
    ...(scope.taxLabel === undefined ? {} : { taxLabel: inLanguage(DEFAULT_TAX_WORDS, scope.taxLabel, language) }),
  };
}
