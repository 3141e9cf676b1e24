// Whether to greet a new user with the first-run prompt for the consultancy's own details (FirstRunPrompt.svelte). Pure:
// the branding and settings as loaded, and this machine's note that the prompt was answered or skipped.
import { type Branding, DEFAULT_BRANDING } from '../../../shared/branding';

/** This machine's note that the prompt was answered or skipped: it is not shown again. */
export const FIRST_RUN_KEY = 'scopewise.first-run';

/** The branding is still the sample every new database starts with: nobody has entered the consultancy's own. */
export function isSampleBranding(branding: Branding): boolean {
  return (['companyName', 'email', 'website', 'phone', 'address'] as const).every((key) => branding[key] === DEFAULT_BRANDING[key]) && branding.logo === null;
}

export function shouldAskFirstRun(state: { branding: Branding; brandingConfirmed: boolean; answered: boolean; presenting: boolean }): boolean {
  return !state.answered && !state.presenting && !state.brandingConfirmed && isSampleBranding(state.branding);
}
