// Reads a PDF's logical structure with independent tools: qpdf's JSON (objects, decoded streams, outlines) and
// poppler's pdfinfo -struct-text. The walkers here know PDF, not the renderer: they check what a reader would see.
import { spawnSync } from 'node:child_process';

type Value = string | number | boolean | null | Value[] | { [key: string]: Value };
type Dict = { [key: string]: Value };

function run(tool: string, args: readonly string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error !== undefined) throw new Error(`${tool} could not run (${result.error.message}); install poppler-utils and qpdf`);
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

/** pdfinfo -struct-text: the structure tree as poppler reads it, each element with its text. */
export function pdfStructText(file: string): string {
  return run('pdfinfo', ['-struct-text', file]);
}

/** pdfinfo -struct-text as a list of elements in reading order, each with the text lines printed directly under it. */
export function structTextElements(structText: string): { type: string; text: string[] }[] {
  const out: { type: string; text: string[]; indent: number }[] = [];
  const open: { indent: number; node: { text: string[] } }[] = [];
  for (const line of structText.split('\n')) {
    const indent = line.length - line.trimStart().length;
    const body = line.trim();
    if (body === '') continue;
    while (open.length > 0 && open[open.length - 1]!.indent >= indent) open.pop();
    if (body.startsWith('"')) {
      open[open.length - 1]?.node.text.push(body.slice(1, -1));
      continue;
    }
    const type = /^([A-Za-z0-9]+)/.exec(body)?.[1];
    if (type === undefined) continue;
    const node = { type, text: [] as string[], indent };
    out.push(node);
    open.push({ indent, node });
  }
  return out.map(({ type, text }) => ({ type, text }));
}

export interface OutlineItem {
  title: string;
  page: number;
  kids: OutlineItem[];
}

/** The PDF as qpdf parses it: objects by reference, streams decoded, the outline with its target pages. */
export class PdfObjects {
  private readonly objects: Record<string, { value?: Value; stream?: { dict: Dict; data?: string } }>;
  readonly trailer: Dict;
  readonly outlines: OutlineItem[];

  constructor(file: string) {
    const json = JSON.parse(
      run('qpdf', ['--json', '--json-stream-data=inline', '--decode-level=generalized', '--json-key=qpdf', '--json-key=outlines', file]),
    ) as { qpdf: [unknown, Record<string, { value?: Value; stream?: { dict: Dict; data?: string } }>]; outlines: RawOutline[] };
    this.objects = json.qpdf[1];
    this.trailer = this.objects.trailer!.value as Dict;
    type RawOutline = { title: string; destpageposfrom1: number; kids: RawOutline[] };
    const convert = (items: RawOutline[]): OutlineItem[] => items.map((o) => ({ title: o.title, page: o.destpageposfrom1, kids: convert(o.kids) }));
    this.outlines = convert(json.outlines);
  }

  /** A value with references followed (one level). */
  get(value: Value | undefined): Value | undefined {
    if (typeof value === 'string' && / 0 R$/.test(value)) {
      const entry = this.objects[`obj:${value}`];
      return entry?.value ?? entry?.stream?.dict;
    }
    return value;
  }

  dict(value: Value | undefined): Dict {
    const resolved = this.get(value);
    if (resolved === null || typeof resolved !== 'object' || Array.isArray(resolved)) throw new Error(`not a dictionary: ${JSON.stringify(value)}`);
    return resolved;
  }

  /** A stream's decoded bytes. */
  streamData(ref: Value | undefined): Buffer {
    const entry = typeof ref === 'string' ? this.objects[`obj:${ref}`] : undefined;
    if (entry?.stream?.data === undefined) throw new Error(`not a stream with data: ${JSON.stringify(ref)}`);
    return Buffer.from(entry.stream.data, 'base64');
  }

  streamDict(ref: Value | undefined): Dict {
    const entry = typeof ref === 'string' ? this.objects[`obj:${ref}`] : undefined;
    if (entry?.stream === undefined) throw new Error(`not a stream: ${JSON.stringify(ref)}`);
    return entry.stream.dict;
  }

  get root(): Dict {
    return this.dict(this.trailer['/Root']);
  }

  /** The page objects' references in page order. */
  pages(): string[] {
    const out: string[] = [];
    const walk = (ref: Value): void => {
      const node = this.dict(ref);
      if (node['/Type'] === '/Page') out.push(ref as string);
      else for (const kid of node['/Kids'] as Value[]) walk(kid);
    };
    walk(this.root['/Pages']!);
    return out;
  }
}

/** A PDF text string as qpdf's JSON gives it ("u:..." for Unicode text). */
export function textOf(value: Value | undefined): string {
  return typeof value === 'string' ? value.replace(/^u:/, '') : '';
}

export interface StructNode {
  type: string;
  ref: string;
  parent: StructNode | null;
  kids: StructNode[];
  /** Marked-content ids of this element, with their page reference. */
  content: { page: string; mcid: number }[];
  /** Annotations this element owns (object references). */
  annotations: string[];
  alt: string | undefined;
  attributes: Dict | undefined;
}

/** The structure tree from the StructTreeRoot down, in the order its elements are read. */
export function structureTree(pdf: PdfObjects): StructNode {
  const rootRef = pdf.root['/StructTreeRoot'];
  if (rootRef === undefined) throw new Error('no /StructTreeRoot in the catalog');
  const treeRoot = pdf.dict(rootRef);
  const kids = treeRoot['/K'];
  const top: StructNode = {
    type: 'StructTreeRoot',
    ref: rootRef as string,
    parent: null,
    kids: [],
    content: [],
    annotations: [],
    alt: undefined,
    attributes: undefined,
  };
  const visit = (ref: Value, parent: StructNode, page: string | undefined): void => {
    const element = pdf.dict(ref);
    const node: StructNode = {
      type: (element['/S'] as string).replace(/^\//, ''),
      ref: ref as string,
      parent,
      kids: [],
      content: [],
      annotations: [],
      alt: element['/Alt'] === undefined ? undefined : textOf(element['/Alt']),
      attributes: element['/A'] === undefined ? undefined : pdf.dict(element['/A']),
    };
    if (element['/P'] !== parent.ref) throw new Error(`${node.type} ${node.ref}: /P is ${JSON.stringify(element['/P'])}, its parent is ${parent.ref}`);
    parent.kids.push(node);
    const own = (element['/Pg'] as string | undefined) ?? page;
    const list = Array.isArray(element['/K']) ? element['/K'] : [element['/K']!];
    for (const kid of list) {
      if (typeof kid === 'number') node.content.push({ page: own!, mcid: kid });
      else if (typeof kid === 'string') visit(kid, node, own);
      else if (kid !== null && typeof kid === 'object' && !Array.isArray(kid)) {
        if (kid['/Type'] === '/MCR') node.content.push({ page: kid['/Pg'] as string, mcid: kid['/MCID'] as number });
        else if (kid['/Type'] === '/OBJR') node.annotations.push(kid['/Obj'] as string);
        else throw new Error(`unexpected kid ${JSON.stringify(kid)}`);
      }
    }
  };
  for (const kid of Array.isArray(kids) ? kids : [kids!]) visit(kid, top, undefined);
  return top;
}

/** Every element below `node`, depth first, in reading order. */
export function elements(node: StructNode): StructNode[] {
  return node.kids.flatMap((kid) => [kid, ...elements(kid)]);
}

/** The standard structure types of ISO 32000-1 (14.8.4): anything else would need a role map. */
const STANDARD = new Set(
  'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form'.split(
    ' ',
  ),
);

const ALLOWED_PARENTS: Record<string, readonly string[]> = {
  TR: ['Table', 'THead', 'TBody', 'TFoot'],
  TH: ['TR'],
  TD: ['TR'],
  LI: ['L'],
  Lbl: ['LI'],
  LBody: ['LI'],
};
const ALLOWED_KIDS: Record<string, readonly string[]> = {
  Table: ['TR', 'THead', 'TBody', 'TFoot', 'Caption'],
  TR: ['TH', 'TD'],
  L: ['LI', 'Caption', 'L'],
  LI: ['Lbl', 'LBody'],
};

/**
 * Nesting rules of tagged PDF (ISO 32000-1 14.8.4) and PDF/UA-1 the tree breaks, as sentences: standard types only, every TD and TH in a TR
 * in a Table, list items in lists, headings not skipping a level (the first one H1), a figure with alternative text,
 * a link with its annotation, no content directly in a grouping element.
 */
export function nestingProblems(tree: StructNode): string[] {
  const problems: string[] = [];
  let level = 0;
  for (const node of elements(tree)) {
    if (!STANDARD.has(node.type)) problems.push(`${node.type} ${node.ref} is not a standard structure type`);
    const parents = ALLOWED_PARENTS[node.type];
    if (parents !== undefined && !parents.includes(node.parent!.type)) problems.push(`${node.type} ${node.ref} is in a ${node.parent!.type}`);
    const kids = ALLOWED_KIDS[node.type];
    if (kids !== undefined) for (const kid of node.kids) if (!kids.includes(kid.type)) problems.push(`${node.type} ${node.ref} holds a ${kid.type}`);
    if (['Document', 'Sect', 'Div', 'Table', 'TR', 'L', 'LI'].includes(node.type) && node.content.length > 0)
      problems.push(`${node.type} ${node.ref} holds content directly`);
    const heading = /^H([1-6])$/.exec(node.type);
    if (heading !== null) {
      const next = Number(heading[1]);
      if (next > level + 1) problems.push(`${node.type} ${node.ref} follows H${level}`);
      level = next;
    }
    if (node.type === 'Figure' && (node.alt === undefined || node.alt.trim() === '')) problems.push(`Figure ${node.ref} has no alternative text`);
    if (node.type === 'Link' && node.annotations.length !== 1) problems.push(`Link ${node.ref} owns ${node.annotations.length} annotations`);
    if (node.type === 'Form' && node.annotations.length !== 1) problems.push(`Form ${node.ref} owns ${node.annotations.length} annotations`);
  }
  return problems;
}

/** The page's annotations of a subtype (/Widget, /Link), in the order of its /Annots. */
export function annotationsOf(pdf: PdfObjects, page: string, subtype: string): string[] {
  return ((pdf.dict(page)['/Annots'] as string[] | undefined) ?? []).filter((ref) => pdf.dict(ref)['/Subtype'] === subtype);
}

/**
 * How annotations of a subtype on every page fail to reach the structure tree, as sentences: each must have a
 * /StructParent whose entry in the parent tree (a flat /Nums) is an element of `type` that holds an OBJR to it.
 */
export function untaggedAnnotations(pdf: PdfObjects, tree: StructNode, subtype: string, type: string): string[] {
  const nums = pdf.dict(pdf.dict(pdf.root['/StructTreeRoot'])['/ParentTree'])['/Nums'] as Value[] | undefined;
  if (nums === undefined) return ['the parent tree has no flat /Nums'];
  const byRef = new Map(elements(tree).map((node) => [node.ref, node]));
  const problems: string[] = [];
  for (const page of pdf.pages()) {
    for (const ref of annotationsOf(pdf, page, subtype)) {
      const key = pdf.dict(ref)['/StructParent'];
      if (typeof key !== 'number') {
        problems.push(`${subtype} ${ref} on ${page} has no /StructParent`);
        continue;
      }
      const at = nums.findIndex((value, i) => i % 2 === 0 && value === key);
      const owner = at < 0 ? undefined : byRef.get(nums[at + 1] as string);
      if (owner === undefined) problems.push(`${subtype} ${ref}: /StructParent ${key} names no element of the tree`);
      else if (owner.type !== type) problems.push(`${subtype} ${ref}: /StructParent ${key} names a ${owner.type}, not a ${type}`);
      else if (!owner.annotations.includes(ref)) problems.push(`${subtype} ${ref}: its ${type} ${owner.ref} holds no OBJR to it`);
    }
  }
  return problems;
}

const PAINTING = new Set(['Tj', 'TJ', "'", '"', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'S', 's', 'Do', 'sh']);
const TOKEN = /\((?:\\.|[^\\)])*\)|<<|>>|<[0-9A-Fa-f\s]*>|\[|\]|\/[^\s/[\]()<>{}%]*|[-+]?\d*\.?\d+|[A-Za-z'"*]+|%[^\n]*/g;

export interface MarkedContent {
  /** Painting operators found outside any marked content (untagged content), with their index. */
  unmarked: string[];
  /** MCIDs in the order they appear. */
  mcids: number[];
  /** Marked-content sequences tagged Artifact. */
  artifacts: number;
}

/** Walks a page's content stream: every painting operator must be inside BDC/BMC … EMC. */
export function markedContent(stream: string): MarkedContent {
  const result: MarkedContent = { unmarked: [], mcids: [], artifacts: 0 };
  let depth = 0;
  let operands: string[] = [];
  let dictDepth = 0;
  for (const token of stream.match(TOKEN) ?? []) {
    if (token.startsWith('%')) continue;
    if (token === '<<') dictDepth++;
    if (token === '>>') dictDepth--;
    if (dictDepth > 0 || token === '>>' || !/^[A-Za-z'"*]/.test(token)) {
      operands.push(token);
      continue;
    }
    if (token === 'BDC' || token === 'BMC') {
      depth++;
      if (operands[0] === '/Artifact') result.artifacts++;
      const at = operands.indexOf('/MCID');
      if (at >= 0) result.mcids.push(Number(operands[at + 1]));
    } else if (token === 'EMC') depth--;
    else if (PAINTING.has(token) && depth === 0) result.unmarked.push(token);
    operands = [];
  }
  if (depth !== 0) result.unmarked.push(`unbalanced marked content (${depth})`);
  return result;
}
