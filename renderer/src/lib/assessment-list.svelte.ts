// The assessment list's state: the query (search, filters, sort) and the pages of rows fetched so far.
// Rows are fetched a page at a time as they scroll into view; a newer query discards answers to older ones.
import type { AssessmentSort, AssessmentStatus, AssessmentSummary } from '../../../shared/assessment';
import type { Framework } from '../../../shared/engine';
import { callRaw } from './call';
import { m } from './i18n.svelte';
import { reportError } from './status.svelte';

export const SORTS = [
  { value: 'updatedAt:desc', label: m.ui_sort_recently_updated },
  { value: 'updatedAt:asc', label: m.ui_sort_least_recently_updated },
  { value: 'createdAt:desc', label: m.ui_sort_newest_first },
  { value: 'createdAt:asc', label: m.ui_sort_oldest_first },
  { value: 'clientName:asc', label: m.ui_sort_client_a_z },
  { value: 'clientName:desc', label: m.ui_sort_client_z_a },
  { value: 'projectTitle:asc', label: m.ui_sort_project_a_z },
  { value: 'projectTitle:desc', label: m.ui_sort_project_z_a },
  { value: 'status:asc', label: m.ui_sort_status },
  { value: 'status:desc', label: m.ui_sort_status_reversed },
  { value: 'recommended:asc', label: m.ui_sort_recommended },
  { value: 'recommended:desc', label: m.ui_sort_recommended_reversed },
] as const;
export type SortValue = (typeof SORTS)[number]['value'];

class AssessmentListState {
  search = $state('');
  status = $state<AssessmentStatus | ''>('');
  framework = $state<Framework | ''>('');
  sort = $state<SortValue>('updatedAt:desc');

  /** Rows known so far, by page number. Replaced (never mutated) so the list redraws. */
  pages = $state.raw<Record<number, AssessmentSummary[]>>({});
  total = $state(0);
  pageSize = $state(50);
  /** False until the first page of the current query has arrived. */
  loaded = $state(false);
  /** Whether the rows shown answer a search or filter (as asked, not as typed since). */
  shownFiltered = $state(false);
  /** The number of live assessments regardless of search and filters; null until known. */
  everything = $state<number | null>(null);

  #generation = 0;
  #inFlight = new Set<number>();

  get filtered(): boolean {
    return this.search.trim() !== '' || this.status !== '' || this.framework !== '';
  }

  rowAt(index: number): AssessmentSummary | undefined {
    return this.pages[Math.floor(index / this.pageSize)]?.[index % this.pageSize];
  }

  /** Starts over with the current query: forgets every page and fetches the first. */
  reload(): Promise<void> {
    this.#generation++;
    this.#inFlight.clear();
    return this.fetchPage(0, true);
  }

  /** Fetches the pages not yet known (or on their way). */
  ensurePages(pages: number[]): void {
    for (const page of pages) {
      if (this.pages[page] === undefined && !this.#inFlight.has(page)) void this.fetchPage(page, false);
    }
  }

  async fetchPage(page: number, fresh: boolean): Promise<void> {
    const generation = this.#generation;
    this.#inFlight.add(page);
    const [field, direction] = this.sort.split(':') as [AssessmentSort, 'asc' | 'desc'];
    const search = this.search.trim();
    const filtered = this.filtered;
    const result = await callRaw('assessments.list', {
      ...(search === '' ? {} : { search }),
      ...(this.status === '' ? {} : { status: this.status }),
      ...(this.framework === '' ? {} : { recommended: this.framework }),
      sort: field,
      direction,
      page,
    });
    if (generation !== this.#generation) return;
    this.#inFlight.delete(page);
    if (!result.ok) {
      reportError(result.error);
      if (fresh) this.loaded = true;
      return;
    }
    const value = result.value;
    this.pageSize = value.pageSize > 0 ? value.pageSize : this.pageSize;
    this.total = value.total;
    this.pages = fresh ? { [page]: value.rows } : { ...this.pages, [page]: value.rows };
    this.loaded = true;
    this.shownFiltered = filtered;
    if (!filtered) this.everything = value.total;
  }
}

export const assessmentList = new AssessmentListState();
