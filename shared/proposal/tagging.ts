// The proposal's structure tree (tagged PDF): while the pages are drawn, every piece of content is marked as part of a
// structure element (H1, P, TD, Figure, Link, Form...) or as an artifact (page furniture, decorative fills and rules);
// at output the tree, its parent tree, the link annotations and the catalog's /MarkInfo, /Lang and /DisplayDocTitle
// are written through jsPDF's plugin events; form fields' widgets are written by jsPDF, with the /StructParent given
// here. Owns marked content and the tree only; what is drawn is the callers' job.
import type { jsPDF } from 'jspdf';

import { type FontSet, widthOf } from './faces';
import type { Run } from './layout';
import { linkPieces, type LinkTarget } from './links';
import { pdfTextString } from './pdf-text';
import { PAGE } from './theme';

/** The standard structure types the proposal uses (ISO 32000-1, 14.8.4). */
export type StructType =
  'Document' | 'Sect' | 'Div' | 'H1' | 'H2' | 'H3' | 'P' | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Table' | 'TR' | 'TH' | 'TD' | 'Figure' | 'Link' | 'Form';

/** Elements that group others and hold no content of their own: a line drawn directly in one becomes a P of its own. */
const GROUPING: ReadonlySet<StructType> = new Set(['Document', 'Sect', 'Div', 'L', 'LI', 'Table', 'TR']);

/** The language a proposal is tagged with when its model names none. */
export const DEFAULT_LANGUAGE = 'en';

interface ContentKid {
  page: number;
  mcid: number;
}

interface LinkAnnotation {
  page: number;
  /** In PDF space (origin bottom left): x1 y1 x2 y2. */
  rect: [number, number, number, number];
  target: LinkTarget;
  element: StructElement;
  objId: number;
}

/** A form field's widget: jsPDF writes it, and takes its object number when it writes the page's /Annots. */
interface WidgetAnnotation {
  page: number;
  element: StructElement;
  widget: { readonly objId: number };
}

type Annotation = LinkAnnotation | WidgetAnnotation;

type Kid = StructElement | ContentKid | { annotation: Annotation };

export interface StructElement {
  readonly type: StructType;
  readonly parent: StructElement | null;
  readonly kids: Kid[];
  /** Alternative text (figures). */
  readonly alt?: string;
  /** An attribute dictionary as PDF source, e.g. `<< /O /Table /Scope /Column >>`. */
  readonly attributes?: string;
}

export interface ElementOptions {
  alt?: string;
  attributes?: string;
}

interface PageInfo {
  objId: number;
  pageNumber: number;
  pageContext: { annotations?: { type: string; object?: { objId: number; owner?: LinkAnnotation } }[] };
}

interface Internal {
  write: (...parts: unknown[]) => void;
  pages: string[][];
  newObjectDeferred: () => number;
  newObjectDeferredBegin: (id: number, output: boolean) => number;
  getPageInfo: (page: number) => PageInfo;
  getCurrentPageInfo: () => PageInfo;
  events: { subscribe: (event: string, handler: (...args: never[]) => void) => void };
}

const isElement = (kid: Kid): kid is StructElement => 'type' in kid;
const isContent = (kid: Kid): kid is ContentKid => 'mcid' in kid;
const isLink = (annotation: Annotation): annotation is LinkAnnotation => 'target' in annotation;
const objIdOf = (annotation: Annotation): number => (isLink(annotation) ? annotation.objId : annotation.widget.objId);

export class Tagging {
  readonly root: StructElement = { type: 'Document', parent: null, kids: [] };
  private current: StructElement = this.root;
  private artifacts = 0;
  /** The element whose marked content is open in the page stream, or null (none, or an artifact). */
  private marking: StructElement | null = null;
  private markingPage = 0;
  private artifactOpen = false;
  /** The element a link was cut out of, while the rest of its line is drawn. */
  private owner: StructElement | null = null;
  /** Per page, the element each MCID belongs to (the index is the MCID). */
  private readonly pageContent = new Map<number, StructElement[]>();
  /** Links and widgets in the order they were drawn: the index gives each its key in the parent tree. */
  private readonly annotations: Annotation[] = [];
  private readonly internal: Internal;

  constructor(
    doc: jsPDF,
    readonly language: string,
    private readonly targets: readonly LinkTarget[],
  ) {
    this.internal = doc.internal as unknown as Internal;
    this.subscribe();
  }

  // ---- building the tree while drawing --------------------------------------------------------------------------

  /** A new element under the current one (or `parent`), not entered: for cells drawn in pieces across pages. */
  child(type: StructType, parent: StructElement = this.current, options: ElementOptions = {}): StructElement {
    const element: StructElement = { type, parent, kids: [], ...options };
    parent.kids.push(element);
    return element;
  }

  /** Runs `draw` inside `element`: what it draws belongs there. */
  within<T>(element: StructElement, draw: () => T): T {
    const outer = this.current;
    this.current = element;
    try {
      return draw();
    } finally {
      this.current = outer;
    }
  }

  /** Runs `draw` inside a new element of `type` under the current one. */
  tag<T>(type: StructType, draw: () => T, options: ElementOptions = {}): T {
    return this.within(this.child(type, this.current, options), draw);
  }

  /** Opens a new element under the current one and makes it current until close(): for a block drawn by a whole function. */
  open(type: StructType, options: ElementOptions = {}): void {
    this.current = this.child(type, this.current, options);
  }

  close(): void {
    this.current = this.current.parent ?? this.root;
  }

  /** Runs `draw` with everything it draws marked as an artifact (page furniture, a repeated table header). */
  artifact<T>(draw: () => T): T {
    this.flush();
    this.artifacts++;
    try {
      return draw();
    } finally {
      this.artifacts--;
    }
  }

  /** True when what is drawn now would be an artifact. */
  get inArtifact(): boolean {
    return this.artifacts > 0;
  }

  // ---- marked content in the page stream ------------------------------------------------------------------------

  private page(): number {
    return this.internal.getCurrentPageInfo().pageNumber;
  }

  private beginMarked(element: StructElement): void {
    const page = this.page();
    let list = this.pageContent.get(page);
    if (list === undefined) {
      list = [];
      this.pageContent.set(page, list);
    }
    const mcid = list.length;
    list.push(element);
    element.kids.push({ page, mcid });
    this.internal.write(`/${element.type} <</MCID ${mcid}>> BDC`);
    this.marking = element;
    this.markingPage = page;
  }

  /**
   * Continues the open sequence when it is this element's on this page, else closes it and opens one: a figure's
   * drawing is one sequence, not one per bar and label.
   */
  private mark(element: StructElement): void {
    if (this.marking === element && this.markingPage === this.page()) return;
    this.flush();
    this.beginMarked(element);
  }

  /** Closes the open sequence, on the page it was opened on (autotable may have moved on to a new page since). */
  flush(): void {
    if (this.marking === null) return;
    this.internal.pages[this.markingPage]!.push('EMC');
    this.marking = null;
  }

  private beginArtifact(): void {
    this.flush();
    this.internal.write('/Artifact BMC');
    this.artifactOpen = true;
  }

  /**
   * Marks a line of text about to be drawn through pieces(): an artifact at once; an element's content from the first
   * piece that is not a link (resume()), so a line that is all link leaves no empty sequence. Close with end().
   */
  beginLine(): void {
    this.owner = null;
    if (this.artifacts > 0) {
      this.beginArtifact();
      return;
    }
    const element = GROUPING.has(this.current.type) ? this.child('P') : this.current;
    // A sequence per line of text: readers join the text of one sequence without a space where a line wrapped.
    if (element.type !== 'Figure') this.flush();
    this.owner = element;
  }

  /** Marks what is drawn next directly (autotable's cells): the current element's content, or an artifact. */
  beginText(): void {
    this.owner = null;
    if (this.artifacts > 0) this.beginArtifact();
    else {
      // A sequence per line of text: readers join the text of one sequence without a space where a line wrapped.
      this.flush();
      this.beginMarked(GROUPING.has(this.current.type) ? this.child('P') : this.current);
    }
  }

  /** Marks a fill, rule or image about to be drawn: part of a figure, otherwise decoration (an artifact). */
  beginDrawing(): void {
    if (this.artifacts === 0 && this.current.type === 'Figure') this.mark(this.current);
    else this.beginArtifact();
  }

  /** Ends what beginText or beginDrawing began: an artifact closes now, an element's content when something else begins. */
  end(): void {
    this.owner = null;
    if (!this.artifactOpen) return;
    this.internal.write('EMC');
    this.artifactOpen = false;
  }

  /**
   * A run cut where it contains one of the link targets (the consultancy's e-mail, web address, phone), each piece
   * with its width at `size`; one piece, the run itself, when there is nothing to link or the text is an artifact.
   */
  pieces(run: Run, size: number, fonts: FontSet): { text: string; width: number; target: LinkTarget | null }[] {
    const parts = this.owner === null || this.targets.length === 0 ? null : linkPieces(run.text, this.targets);
    if (parts === null || (parts.length === 1 && parts[0]!.target === null)) return [{ text: run.text, width: run.width, target: null }];
    const face = fonts[run.face]!;
    return parts.map((part) => {
      let width = 0;
      for (const char of part.text) width += widthOf(face, char.codePointAt(0)!);
      return { text: part.text, width: (width * size) / 1000, target: part.target };
    });
  }

  /** Marks the linked text drawn next as a Link with its annotation, inside the element being drawn, until endLink(). */
  beginLink(target: LinkTarget, x: number, baseline: number, width: number, size: number): void {
    const owner = this.owner;
    if (owner === null) return;
    const link = this.child('Link', owner);
    const annotation: LinkAnnotation = {
      page: this.page(),
      rect: [x, PAGE.height - baseline - size * 0.25, x + width, PAGE.height - baseline + size * 0.9],
      target,
      element: link,
      objId: 0,
    };
    this.annotations.push(annotation);
    this.mark(link);
    link.kids.push({ annotation });
  }

  /**
   * Tags a form field's widget as a Form element under the current one, in reading order, named by `alt` (its printed
   * label: PDF/UA wants a field named by a /TU or its element's alternative text). `add` adds the field and writes the
   * /StructParent it is given (a number known only at output, once the pages are counted) in its widget.
   */
  formField(alt: string, add: (structParent: () => number) => { readonly objId: number }): void {
    if (this.artifacts > 0) throw new Error('a form field cannot be an artifact');
    const element = this.child('Form', this.current, { alt });
    const annotation: WidgetAnnotation = { page: this.page(), element, widget: { objId: 0 } };
    this.annotations.push(annotation);
    annotation.widget = add(() => this.annotationKey(this.annotations.indexOf(annotation)));
    element.kids.push({ annotation });
  }

  endLink(): void {
    if (this.marking?.type === 'Link') this.flush();
  }

  /** Before a piece of a line that is not a link: in the line's element (a no-op while its sequence is open). */
  resume(): void {
    if (this.owner !== null) this.mark(this.owner);
  }

  // ---- output ---------------------------------------------------------------------------------------------------

  private subscribe(): void {
    const events = this.internal.events;
    events.subscribe('buildDocument', () => {
      this.flush();
      this.registerAnnotations();
    });
    events.subscribe('putPage', (args: { pageNumber: number }) => this.internal.write(`/StructParents ${args.pageNumber - 1} /Tabs /S`));
    events.subscribe('postPutResources', () => this.writeTree());
    events.subscribe('putCatalog', () => this.writeCatalog());
  }

  private treeRoot = 0;

  /**
   * Lists each link annotation on its page, beside any form fields' widgets. Its object number is taken when jsPDF
   * writes the page's /Annots, after the pages have theirs: jsPDF's /OpenAction names object 3 as the first page.
   */
  private registerAnnotations(): void {
    const { internal } = this;
    for (const annotation of this.annotations) {
      // jsPDF lists a widget on its page itself (its AcroForm plugin, on the same event).
      if (!isLink(annotation)) continue;
      const list = (internal.getPageInfo(annotation.page).pageContext.annotations ??= []);
      const old = list.findIndex((a) => a.type === 'reference' && a.object?.owner === annotation);
      if (old >= 0) list.splice(old, 1);
      annotation.objId = 0;
      list.push({
        type: 'reference',
        object: {
          owner: annotation,
          get objId(): number {
            if (annotation.objId === 0) annotation.objId = internal.newObjectDeferred();
            return annotation.objId;
          },
        },
      });
    }
  }

  private writeTree(): void {
    const { internal } = this;
    const write = (id: number, body: string): void => {
      internal.newObjectDeferredBegin(id, true);
      internal.write(body);
      internal.write('endobj');
    };
    const pageRef = (page: number): string => `${internal.getPageInfo(page).objId} 0 R`;
    const ids = new Map<StructElement, number>();
    // Elements that hold nothing (an empty paragraph, a cell of a row never drawn) are left out, in one pass.
    const kept = new Set<StructElement>();
    const keep = (element: StructElement): boolean => {
      let any = false;
      for (const kid of element.kids) if (isElement(kid) ? keep(kid) : true) any = true;
      // A table cell stays even when empty, so every row keeps as many cells as the header.
      if (any || element.type === 'TD' || element.type === 'TH') kept.add(element);
      return kept.has(element);
    };
    keep(this.root);
    const number = (element: StructElement): void => {
      ids.set(element, internal.newObjectDeferred());
      for (const kid of element.kids) if (isElement(kid) && kept.has(kid)) number(kid);
    };
    number(this.root);
    const rootId = internal.newObjectDeferred();
    const parentTree = internal.newObjectDeferred();

    for (const [element, id] of ids) {
      const firstPage = element.kids.find(isContent)?.page;
      const kids = element.kids.flatMap((kid): string[] => {
        if (isElement(kid)) return ids.has(kid) ? [`${ids.get(kid)} 0 R`] : [];
        if (isContent(kid)) return [kid.page === firstPage ? String(kid.mcid) : `<< /Type /MCR /Pg ${pageRef(kid.page)} /MCID ${kid.mcid} >>`];
        return [`<< /Type /OBJR /Obj ${objIdOf(kid.annotation)} 0 R /Pg ${pageRef(kid.annotation.page)} >>`];
      });
      const parent = element.parent === null ? rootId : ids.get(element.parent)!;
      const entries = [`/Type /StructElem /S /${element.type} /P ${parent} 0 R`];
      if (firstPage !== undefined) entries.push(`/Pg ${pageRef(firstPage)}`);
      if (element.alt !== undefined) entries.push(`/Alt ${pdfTextString(element.alt)}`);
      if (element.attributes !== undefined) entries.push(`/A ${element.attributes}`);
      entries.push(`/K [${kids.join(' ')}]`);
      write(id, `<< ${entries.join(' ')} >>`);
    }

    this.annotations.forEach((annotation, i) => {
      if (!isLink(annotation)) return;
      const [x1, y1, x2, y2] = annotation.rect.map((n) => Math.round(n * 100) / 100);
      write(
        annotation.objId,
        `<< /Type /Annot /Subtype /Link /Rect [${x1} ${y1} ${x2} ${y2}] /Border [0 0 0] /F 4 /P ${pageRef(annotation.page)} ` +
          `/Contents ${pdfTextString(annotation.target.text)} /StructParent ${this.annotationKey(i)} /A << /S /URI /URI ${pdfTextString(annotation.target.uri)} >> >>`,
      );
    });

    const nums: string[] = [];
    for (let page = 1; page <= this.pageCount(); page++) {
      const list = this.pageContent.get(page) ?? [];
      nums.push(`${page - 1} [${list.map((element) => `${ids.get(element)} 0 R`).join(' ')}]`);
    }
    this.annotations.forEach((annotation, i) => nums.push(`${this.annotationKey(i)} ${ids.get(annotation.element)} 0 R`));
    write(parentTree, `<< /Nums [${nums.join(' ')}] >>`);
    write(
      rootId,
      `<< /Type /StructTreeRoot /K [${ids.get(this.root)} 0 R] /ParentTree ${parentTree} 0 R /ParentTreeNextKey ${this.annotationKey(this.annotations.length)} >>`,
    );
    this.treeRoot = rootId;
  }

  /** An annotation's key in the parent tree: after the pages' keys (0 to pages - 1), in the order drawn. */
  private annotationKey(index: number): number {
    return this.pageCount() + index;
  }

  private pageCount(): number {
    return (this.internal as unknown as { getNumberOfPages: () => number }).getNumberOfPages();
  }

  private writeCatalog(): void {
    this.internal.write(
      `/StructTreeRoot ${this.treeRoot} 0 R /MarkInfo << /Marked true >> /Lang ${pdfTextString(this.language)} /ViewerPreferences << /DisplayDocTitle true >>`,
    );
  }
}
