// The document outline (bookmarks): one entry per section, its subheadings beneath it, each opening its page at the
// heading. Collected while drawing, written at output through jsPDF's plugin events (jsPDF's own outline plugin writes
// titles in PDFDocEncoding only). Owns the outline objects and the catalog's /Outlines and /PageMode.
import type { jsPDF } from 'jspdf';

import { pdfTextString } from './pdf-text';
import { PAGE } from './theme';

interface Entry {
  title: string;
  page: number;
  /** Distance from the top of the page, in points. */
  y: number;
  children: Entry[];
}

interface Internal {
  write: (...parts: unknown[]) => void;
  newObjectDeferred: () => number;
  newObjectDeferredBegin: (id: number, output: boolean) => number;
  getPageInfo: (page: number) => { objId: number };
  getCurrentPageInfo: () => { pageNumber: number };
  events: { subscribe: (event: string, handler: () => void) => void };
}

export class Outline {
  readonly entries: Entry[] = [];
  private readonly internal: Internal;
  private rootId = 0;

  constructor(doc: jsPDF) {
    this.internal = doc.internal as unknown as Internal;
    this.internal.events.subscribe('postPutResources', () => this.write());
    this.internal.events.subscribe('putCatalog', () => {
      if (this.rootId !== 0) this.internal.write(`/Outlines ${this.rootId} 0 R /PageMode /UseOutlines`);
    });
  }

  /** A bookmark at the current page, `y` points from its top: level 1 for a section, 2 for a heading inside it. */
  add(title: string, level: 1 | 2, y: number): void {
    const entry: Entry = { title, page: this.internal.getCurrentPageInfo().pageNumber, y, children: [] };
    const parent = this.entries[this.entries.length - 1];
    if (level === 2 && parent !== undefined) parent.children.push(entry);
    else this.entries.push(entry);
  }

  private write(): void {
    if (this.entries.length === 0) return;
    const { internal } = this;
    this.rootId = internal.newObjectDeferred();
    const ids = new Map<Entry, number>();
    const number = (list: readonly Entry[]): void => {
      for (const entry of list) {
        ids.set(entry, internal.newObjectDeferred());
        number(entry.children);
      }
    };
    number(this.entries);
    const put = (id: number, body: string): void => {
      internal.newObjectDeferredBegin(id, true);
      internal.write(body);
      internal.write('endobj');
    };
    const ends = (list: readonly Entry[]): string => `/First ${ids.get(list[0]!)} 0 R /Last ${ids.get(list[list.length - 1]!)} 0 R`;
    const writeList = (list: readonly Entry[], parent: number): void => {
      list.forEach((entry, i) => {
        const parts = [`/Title ${pdfTextString(entry.title)} /Parent ${parent} 0 R`];
        if (i > 0) parts.push(`/Prev ${ids.get(list[i - 1]!)} 0 R`);
        if (i < list.length - 1) parts.push(`/Next ${ids.get(list[i + 1]!)} 0 R`);
        // Subheadings start folded: the outline opens as the list of sections.
        if (entry.children.length > 0) parts.push(`${ends(entry.children)} /Count -${entry.children.length}`);
        const top = Math.round((PAGE.height - entry.y) * 100) / 100;
        parts.push(`/Dest [${internal.getPageInfo(entry.page).objId} 0 R /XYZ null ${top} null]`);
        put(ids.get(entry)!, `<< ${parts.join(' ')} >>`);
        writeList(entry.children, ids.get(entry)!);
      });
    };
    writeList(this.entries, this.rootId);
    put(this.rootId, `<< /Type /Outlines ${ends(this.entries)} /Count ${this.entries.length} >>`);
  }
}
