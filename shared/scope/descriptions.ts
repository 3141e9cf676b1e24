// Which description an item prints: a drafted description belongs to the drafted title, so once the consultant retitles
// the item without touching its description, the description no longer prints; a description the consultant wrote or
// edited always does. Pure: reads the knowledge rows (knowledge.ts, context-items.ts), never the clock or storage.
import type { Requirements } from '../engine/requirements';
import { contextItems } from './context-items';
import { WORK_ITEMS } from './knowledge';
import type { ScopeItem } from './schema';

/** The title and description a draft gave an item with this id, for these answers; undefined for the consultant's own items. */
export function draftedText(id: string, requirements: Requirements): { title: string; description: string } | undefined {
  const row = WORK_ITEMS.find((r) => r.id === id) ?? contextItems(requirements).find((c) => c.id === id);
  return row === undefined ? undefined : { title: row.title, description: row.description };
}

export type DescriptionState = 'none' | 'own' | 'drafted' | 'stale';

/**
 * `own`: written or edited by the consultant; `drafted`: as drafted, beside the drafted title; `stale`: as drafted, but
 * the item has been retitled, so it no longer prints; `none`: empty.
 */
export function descriptionState(item: Pick<ScopeItem, 'id' | 'title' | 'description'>, requirements: Requirements): DescriptionState {
  const text = item.description?.trim() ?? '';
  if (text === '') return 'none';
  const drafted = draftedText(item.id, requirements);
  if (drafted === undefined || drafted.description.trim() !== text) return 'own';
  return drafted.title.trim() === item.title.trim() ? 'drafted' : 'stale';
}

/** The description the proposal prints for an item, or undefined for none. */
export function printedDescription(item: Pick<ScopeItem, 'id' | 'title' | 'description'>, requirements: Requirements): string | undefined {
  const state = descriptionState(item, requirements);
  return state === 'own' || state === 'drafted' ? item.description!.trim() : undefined;
}
