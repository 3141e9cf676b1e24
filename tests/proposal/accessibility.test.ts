// The proposal as a screen reader and a PDF viewer's navigation see it: a tagged PDF read back by poppler
// (pdfinfo -struct-text, pdftotext) and qpdf (the structure tree, outline, annotations and content streams as JSON).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type Branding, DEFAULT_BRANDING } from '../../shared/branding';
import type { ProposalModel } from '../../shared/proposal';
import { assessmentOf, modelOf, REVISION, scopedModelOf } from './fixtures';
import { png } from './images';
import { renderProposal } from './node-render';
import {
  annotationsOf,
  elements,
  markedContent,
  nestingProblems,
  PdfObjects,
  pdfStructText,
  structTextElements,
  structureTree,
  textOf,
  untaggedAnnotations,
} from './pdf-structure';
import { pdfInfo, pdfText, requirePdfTools, tempFolder } from './pdf-tools';

const folder = tempFolder();
beforeAll(() => requirePdfTools());
afterAll(() => folder.remove());

/**
 * poppler extracts each element's text by reading its page again, seconds for a ten-page proposal on a loaded machine:
 * the client edition is read once and shared by the tests that need the text.
 */
const SLOW = 120_000;
let structured: Promise<{ model: ProposalModel; text: string }> | null = null;
function clientStructText(): Promise<{ model: ProposalModel; text: string }> {
  structured ??= (async () => {
    const model = scopedModelOf('client');
    const { file } = await exported('struct-text.pdf', model);
    return { model, text: pdfStructText(file) };
  })();
  return structured;
}

async function exported(name: string, model: ProposalModel): Promise<{ file: string; pdf: PdfObjects }> {
  const file = folder.write(name, (await renderProposal(model)).bytes);
  return { file, pdf: new PdfObjects(file) };
}

describe('tagged proposal', () => {
  it('is a tagged PDF 1.7 with a structure tree, /Lang en and the title shown as the window title', async () => {
    const { file, pdf } = await exported('client.pdf', scopedModelOf('client'));
    const info = pdfInfo(file);
    expect(info.Tagged).toBe('yes');
    expect(info['PDF version']).toBe('1.7');
    const root = pdf.root;
    expect(pdf.dict(root['/MarkInfo'])['/Marked']).toBe(true);
    expect(textOf(root['/Lang'])).toBe('en');
    expect(pdf.dict(root['/ViewerPreferences'])['/DisplayDocTitle']).toBe(true);
    for (const page of pdf.pages()) expect(pdf.dict(page)['/Tabs']).toBe('/S');
    // jsPDF opens the file at object 3, its first page: the objects added here must not take that number.
    expect((root['/OpenAction'] as string[])[0]).toBe(pdf.pages()[0]);
  });

  it('takes /Lang from the model when a language is set', async () => {
    const { pdf } = await exported('german.pdf', { ...modelOf(), language: 'de-DE' });
    expect(textOf(pdf.root['/Lang'])).toBe('de-DE');
  });

  it(
    'reads the headings in order: the cover title as H1, each section as H2, its subheadings as H3, never skipping a level',
    async () => {
      const { pdf } = await exported('internal.pdf', scopedModelOf('internal'));
      expect(nestingProblems(structureTree(pdf))).toEqual([]);
      const { model, text } = await clientStructText();
      const headings = structTextElements(text)
        .filter((e) => /^H[1-3]$/.test(e.type))
        .map((e) => `${e.type} ${e.text.join(' ')}`);
      expect(headings[0]).toBe(`H1 ${model.cover.title}`);
      const sections = headings.filter((h) => h.startsWith('H2 ')).map((h) => h.slice(3));
      expect(sections).toEqual(model.sections.map((s) => s.title));
      const subheadings = model.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'subheading' ? [b.text] : [])));
      expect(headings.filter((h) => h.startsWith('H3 ')).map((h) => h.slice(3))).toEqual(expect.arrayContaining(subheadings));
    },
    SLOW,
  );

  it(
    'tags the text of every paragraph, list item, table cell and heading, in the order the model gives them',
    async () => {
      const { model, text: structText } = await clientStructText();
      // Line breaks (and a hyphen's break) leave no trace once white space is dropped.
      const squeeze = (text: string): string => text.replace(/\s+/g, '');
      const tagged = squeeze(
        structTextElements(structText)
          .flatMap((e) => e.text)
          .join(''),
      );
      const expected = [
        model.cover.title,
        model.cover.client,
        ...model.sections.flatMap((section) => [
          section.title,
          ...section.blocks.flatMap((block): string[] => {
            switch (block.kind) {
              case 'paragraph':
              case 'subheading':
                return [block.text];
              case 'bullets':
                return block.items.flatMap((item) => [item.text, ...(item.detail === undefined ? [] : [item.detail])]);
              case 'table':
                return [...block.columns.map((c) => c.title), ...block.rows.flat()].filter((t) => t !== '');
              case 'callout':
                return [block.label, block.title, ...block.lines];
              default:
                return [];
            }
          }),
        ]),
      ];
      let at = 0;
      const outOfOrder: string[] = [];
      for (const text of expected) {
        const found = tagged.indexOf(squeeze(text), at);
        if (found < 0) outOfOrder.push(text);
        else at = found + squeeze(text).length;
      }
      expect(outOfOrder).toEqual([]);
      // The furniture is not read: "Page 2 of N" is on every page but never in the structure.
      expect(tagged).not.toContain('Page2of');
      // No empty marked-content sequence: a line that is all link (the contact table's cells) is the Link alone.
      expect(structText).not.toMatch(/^\s*""$/m);
      const links = structTextElements(structText).filter((e) => e.type === 'Link');
      expect(links.map((l) => l.text.join(''))).toEqual(expect.arrayContaining(['info@codism.io', 'www.codism.io', '973-814-2525']));
      expect(links.every((l) => l.text.length === 1)).toBe(true);
    },
    SLOW,
  );

  it('marks every drawing operator as tagged content or an artifact, and every MCID has its parent in the parent tree', async () => {
    const { pdf } = await exported('marked.pdf', scopedModelOf('internal'));
    const parentTree = pdf.dict(pdf.dict(pdf.root['/StructTreeRoot'])['/ParentTree']);
    const nums = parentTree['/Nums'] as (number | string | string[])[];
    const tree = structureTree(pdf);
    const owner = new Map<string, string>();
    for (const node of elements(tree)) for (const c of node.content) owner.set(`${c.page}#${c.mcid}`, node.ref);
    let artifacts = 0;
    for (const page of pdf.pages()) {
      const dict = pdf.dict(page);
      const contents = Array.isArray(dict['/Contents']) ? dict['/Contents'] : [dict['/Contents']!];
      const stream = contents.map((ref) => pdf.streamData(ref).toString('latin1')).join('\n');
      const marked = markedContent(stream);
      expect(marked.unmarked, page).toEqual([]);
      artifacts += marked.artifacts;
      const key = dict['/StructParents'] as number;
      const list = nums[nums.indexOf(key) + 1] as string[];
      expect(list.length, page).toBe(marked.mcids.length);
      marked.mcids.forEach((mcid, i) => {
        expect(mcid).toBe(i);
        expect(owner.get(`${page}#${mcid}`), `${page} MCID ${mcid}`).toBe(list[mcid]);
      });
    }
    // The running header and footer of every page after the cover, and the decorative fills.
    expect(artifacts).toBeGreaterThan(pdf.pages().length * 4);
  });

  it('tags tables with a header row of column headers, each body cell a TD in a TR, the repeated header as an artifact', async () => {
    const { pdf } = await exported('tables.pdf', scopedModelOf('client'));
    const tree = structureTree(pdf);
    const tables = elements(tree).filter((n) => n.type === 'Table');
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const table of tables) {
      const [head, ...body] = table.kids;
      expect(head!.kids.every((cell) => cell.type === 'TH' && cell.attributes?.['/Scope'] === '/Column')).toBe(true);
      expect(body.length).toBeGreaterThan(0);
      for (const row of body) expect(row.kids.map((k) => k.type)).toEqual(head!.kids.map(() => 'TD'));
    }
    // Only one header row per table in the tree, however many pages the table crosses.
    expect(tables.every((t) => t.kids.filter((r) => r.kids.some((c) => c.type === 'TH')).length === 1)).toBe(true);
  });

  it('tags lists as L > LI > Lbl + LBody with their numbering, and charts as figures with alternative text', async () => {
    const { pdf } = await exported('lists.pdf', scopedModelOf('client'));
    const all = elements(structureTree(pdf));
    const lists = all.filter((n) => n.type === 'L');
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) {
      expect(['/Decimal', '/Disc']).toContain(list.attributes?.['/ListNumbering']);
      for (const item of list.kids) expect(item.kids.map((k) => k.type)).toEqual(['Lbl', 'LBody']);
    }
    const figures = all.filter((n) => n.type === 'Figure');
    expect(figures.length).toBeGreaterThanOrEqual(2);
    expect(figures.some((f) => /Django: \d/.test(f.alt ?? ''))).toBe(true);
  });

  it(
    "makes each form field's widget the object of a Form element after its label in the acceptance section, the signing parties' headings H3",
    async () => {
      const model = scopedModelOf('client');
      const { pdf } = await exported('form.pdf', model);
      const tree = structureTree(pdf);
      expect(nestingProblems(tree)).toEqual([]);
      expect(pdf.pages().flatMap((page) => annotationsOf(pdf, page, '/Widget')).length).toBe(5);
      expect(untaggedAnnotations(pdf, tree, '/Widget', 'Form')).toEqual([]);
      expect(untaggedAnnotations(pdf, tree, '/Link', 'Link')).toEqual([]);
      const acceptance = tree.kids[0]!.kids.filter((n) => n.type === 'Sect')[model.sections.findIndex((s) => s.title === 'Acceptance')]!;
      const forms = elements(acceptance).filter((n) => n.type === 'Form');
      expect(forms.length).toBe(elements(tree).filter((n) => n.type === 'Form').length);
      expect(forms.map((n) => textOf(pdf.dict(n.annotations[0])['/T']))).toEqual([
        'client.option',
        'client.name',
        'client.title',
        'client.date',
        'client.signature',
      ]);
      // Each field is named by its printed label, for a reader that announces the field alone.
      expect(forms.map((n) => n.alt)).toEqual(['Option chosen', 'Name', 'Title', 'Date', 'Signature']);
      expect(elements(acceptance).flatMap((n) => (/^H\d$/.test(n.type) ? [n.type] : []))).toEqual(['H2', 'H3', 'H3']);
      // The client's column: heading, organisation, then each line's label followed by its field.
      const client = forms[0]!.parent!;
      expect(client.kids.map((n) => n.type)).toEqual(['H3', 'P', ...forms.flatMap(() => ['P', 'Form'])]);
      const signature = model.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'signature')!;
      const { text } = await clientStructText();
      const headings = structTextElements(text).flatMap((e) => (e.type === 'H3' ? [e.text.join(' ')] : []));
      expect(headings).toEqual(expect.arrayContaining(signature.kind === 'signature' ? signature.parties.map((p) => p.heading) : []));
    },
    SLOW,
  );

  it('gives the logo on the cover the consultancy name as alternative text, and leaves the header logos as artifacts', async () => {
    const branding: Branding = {
      ...DEFAULT_BRANDING,
      companyName: 'Northwind Consulting',
      logo: { mime: 'image/png', base64: png(120, 40).toString('base64') },
    };
    const { pdf } = await exported('logo.pdf', modelOf(assessmentOf(), branding, REVISION));
    const figures = elements(structureTree(pdf)).filter((n) => n.type === 'Figure');
    expect(figures[0]!.alt).toBe('Northwind Consulting');
    expect(figures[0]!.content.length).toBe(1);
  });
});

describe('navigation', () => {
  it('has an outline of the sections in order, each opening its page, with subheadings beneath, shown when the file opens', async () => {
    const model = scopedModelOf('client');
    const { file, pdf } = await exported('outline.pdf', model);
    expect(pdf.outlines.map((o) => o.title)).toEqual(model.sections.map((s) => s.title));
    expect(pdf.root['/PageMode']).toBe('/UseOutlines');
    const pages = Number(pdfInfo(file).Pages);
    for (const item of pdf.outlines) {
      expect(item.page).toBeGreaterThanOrEqual(2);
      expect(item.page).toBeLessThanOrEqual(pages);
      expect(pdfText(file, item.page)).toContain(item.title.split(' ')[0]);
    }
    const approach = pdf.outlines.find((o) => o.title.startsWith('Recommended approach'))!;
    expect(approach.kids.map((k) => k.title)).toContain('The stack');
    const pagesInOrder = pdf.outlines.map((o) => o.page);
    expect([...pagesInOrder].sort((a, b) => a - b)).toEqual(pagesInOrder);
  });

  it('writes outline titles outside Latin-1 as Unicode', async () => {
    const model = modelOf(assessmentOf({ clientName: 'Сбербанк', projectTitle: 'Портал' }));
    const { pdf } = await exported('unicode-outline.pdf', {
      ...model,
      sections: [{ ...model.sections[0]!, title: 'Краткое резюме' }, ...model.sections.slice(1)],
    });
    expect(pdf.outlines[0]!.title).toBe('Краткое резюме');
  });

  it('makes the e-mail, web address and phone live links with their text as contents, each owned by a Link element', async () => {
    const { pdf } = await exported('links.pdf', scopedModelOf('client'));
    const annotations = pdf.pages().flatMap((page) => ((pdf.dict(page)['/Annots'] as string[] | undefined) ?? []).map((ref) => ({ ref, page })));
    const links = annotations.map(({ ref }) => ({ ref, dict: pdf.dict(ref) })).filter((a) => a.dict['/Subtype'] === '/Link');
    const uris = links.map((l) => textOf(pdf.dict(l.dict['/A'])['/URI']));
    expect(uris).toEqual(expect.arrayContaining(['mailto:info@codism.io', 'https://www.codism.io', 'tel:9738142525']));
    for (const link of links) {
      expect(['info@codism.io', 'www.codism.io', '973-814-2525']).toContain(textOf(link.dict['/Contents']));
      // Printable (PDF/A), and reachable from the structure tree through its StructParent.
      expect(link.dict['/F']).toBe(4);
      expect(typeof link.dict['/StructParent']).toBe('number');
    }
    const owners = elements(structureTree(pdf)).filter((n) => n.type === 'Link');
    expect(owners.flatMap((n) => n.annotations).sort()).toEqual(links.map((l) => l.ref).sort());
    // The cover carries the contact line: its links are on page 1.
    expect(annotations.filter((a) => a.page === pdf.pages()[0]).length).toBe(3);
  });
});
