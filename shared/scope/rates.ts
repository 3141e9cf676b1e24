// The explicit "update rates" action: re-copies the rate card into a scope. A scope never follows the card on its own.
// Pure; keeps the scope valid, so a role its items still use survives even when the card no longer has it.
import type { RateCard, Scope } from './schema';

/** The scope with the card's currency, rates and percentages; roles its items use that the card lacks keep their old rate. */
export function refreshRates(scope: Scope, card: RateCard): Scope {
  const used = new Set(scope.items.map((item) => item.role));
  const fromCard = card.rates.map((r) => ({ ...r }));
  const kept = scope.rates.filter((r) => used.has(r.role) && !fromCard.some((c) => c.role === r.role)).map((r) => ({ ...r }));
  return {
    ...scope,
    currency: card.currency,
    rates: [...fromCard, ...kept],
    pmPercent: card.pmPercent,
    qaPercent: card.qaPercent,
    contingencyPercent: card.contingencyPercent,
  };
}
