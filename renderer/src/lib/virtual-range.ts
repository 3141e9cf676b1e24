// Which rows of a long list to put in the DOM: those in view plus a margin. Pure, so it is tested alone.
export interface RowRange {
  start: number;
  end: number;
}

export function visibleRange(scrollTop: number, viewportHeight: number, rowHeight: number, total: number, overscan = 8): RowRange {
  if (total <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + Math.max(viewportHeight, rowHeight)) / rowHeight);
  const end = Math.min(total, last + overscan);
  // Scrolled past the end (the list just shrank): draw the last rows rather than nothing.
  return { start: Math.min(Math.max(0, first - overscan), Math.max(0, end - overscan)), end };
}

/** The scrollTop that brings row `index` fully into view, or the current one when it already is. */
export function scrollToReveal(index: number, scrollTop: number, viewportHeight: number, rowHeight: number): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return bottom - viewportHeight;
  return scrollTop;
}

/** The pages (of `pageSize` rows) a range of rows touches. */
export function pagesFor(range: RowRange, pageSize: number): number[] {
  if (range.end <= range.start) return [];
  const pages: number[] = [];
  for (let p = Math.floor(range.start / pageSize); p <= Math.floor((range.end - 1) / pageSize); p++) pages.push(p);
  return pages;
}
