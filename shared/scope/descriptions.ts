// Which title and description an item prints, and in which words: a drafted text (in any proposal language, since a
// draft may have been made in another one) prints as drafted in the proposal's language; what the consultant wrote or
// edited prints as typed. A drafted description belongs to the drafted title, so once the consultant retitles the item
// without touching its description, the description no longer prints. Pure: reads the knowledge rows (knowledge.ts,
// context-items.ts, project-items.ts), never the clock or storage.
import type { Requirements } from '../engine/requirements';
import type { ProposalLanguage } from '../i18n/language';
import { contextWordings } from './context-items';
import { WORK_ITEMS } from './knowledge';
import { projectWordings } from './project-items';
import type { ScopeItem } from './schema';
import { says, type Wording } from './words';

type Item = Pick<ScopeItem, 'id' | 'title' | 'description'>;

/** Every wording a draft may have given an item with this id, for these answers (none for the consultant's own items). */
export function draftedWordings(id: string, requirements: Requirements): Wording[] {
  const row = WORK_ITEMS.find((r) => r.id === id);
  if (row !== undefined) return [row.text];
  return [...contextWordings(requirements), ...projectWordings(requirements)].filter((w) => w.id === id).map((w) => w.text);
}

/** The title and description a draft gave an item with this id, for these answers; undefined for the consultant's own items. */
export function draftedText(id: string, requirements: Requirements, language: ProposalLanguage = 'en'): { title: string; description: string } | undefined {
  const wording = draftedWordings(id, requirements)[0];
  return wording === undefined ? undefined : { title: wording.title(language), description: wording.description(language) };
}

export type DescriptionState = 'none' | 'own' | 'drafted' | 'stale';

/** The drafted wording whose description the item still has, and whether its title is still that wording's. */
function draftedDescription(item: Item, requirements: Requirements): { wording: Wording; titled: boolean } | undefined {
  const text = item.description?.trim() ?? '';
  const wordings = draftedWordings(item.id, requirements).filter((w) => says(w.description, text));
  if (wordings.length === 0) return undefined;
  const titled = wordings.find((w) => says(w.title, item.title));
  return titled === undefined ? { wording: wordings[0]!, titled: false } : { wording: titled, titled: true };
}

/**
 * `own`: written or edited by the consultant; `drafted`: as drafted (in any language), beside a drafted title; `stale`:
 * as drafted, but the item has been retitled, so it no longer prints; `none`: empty.
 */
export function descriptionState(item: Item, requirements: Requirements): DescriptionState {
  if ((item.description?.trim() ?? '') === '') return 'none';
  const drafted = draftedDescription(item, requirements);
  if (drafted === undefined) return 'own';
  return drafted.titled ? 'drafted' : 'stale';
}

/** The description the proposal prints for an item, or undefined for none: a drafted one in `language`, the consultant's as typed. */
export function printedDescription(item: Item, requirements: Requirements, language: ProposalLanguage = 'en'): string | undefined {
  if ((item.description?.trim() ?? '') === '') return undefined;
  const drafted = draftedDescription(item, requirements);
  if (drafted === undefined) return item.description!.trim();
  return drafted.titled ? drafted.wording.description(language).trim() : undefined;
}

/** The title the proposal prints for an item: a drafted one (in any language) in `language`, the consultant's as typed. */
export function printedTitle(item: Pick<ScopeItem, 'id' | 'title'>, requirements: Requirements, language: ProposalLanguage = 'en'): string {
  const wording = draftedWordings(item.id, requirements).find((w) => says(w.title, item.title));
  return wording === undefined ? item.title : wording.title(language);
}
