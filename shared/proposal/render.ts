// renderProposal(model): lays the proposal model out on A4 pages with jsPDF and returns the PDF bytes.
// Every line is measured before it is drawn and every block checks the space left, so nothing leaves the page.
// The work is split by job: composer.ts (primitives and flow), sections.ts (blocks), tables.ts, figures.ts,
// cover.ts (cover and page furniture), theme.ts (sizes and colours).
// Pure: no clock (the date comes from the model), no randomness (the file id is a digest of the model), no I/O.
import { makeArchival } from './archival';
import { Composer } from './composer';
import { drawCover, drawFurniture, layoutFooter } from './cover';
import { faceFrom, type FontSet, type FontSource } from './faces';
import { proposalFileId } from './file-id';
import { drawSection } from './sections';
import { isThai, needsFallback } from './text';
import type { ProposalModel } from './types';

export interface RenderedProposal {
  bytes: Uint8Array;
  pages: number;
  /** Characters no embedded font could draw, each shown as a visible replacement mark; empty when all text printed. */
  replaced: string[];
}

/** "D:20260312143000+01'00'" from the ISO timestamp as written, so the date does not depend on the machine's time zone. */
function pdfDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(iso);
  const year = m === null ? 2000 : Math.min(2037, Math.max(1970, Number(m[1])));
  if (m === null) return `D:${year}0101000000+00'00'`;
  const zone = m[7] === undefined || m[7] === 'Z' ? "+00'00'" : `${m[7].slice(0, 3)}'${m[7].slice(-2)}'`;
  const safeZone = /^[+-](0\d|1[0-4])'/.test(zone) && !/^-1[2-4]/.test(zone) ? zone : "+00'00'";
  return `D:${year}${m[2]}${m[3]}${m[4]}${m[5]}${m[6] ?? '00'}${safeZone}`;
}

/** Every string in the model, for deciding which faces to load. */
function allText(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) allText(v, out);
  else if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array)) for (const v of Object.values(value)) allText(v, out);
  return out;
}

function finish(c: Composer, fileId: string): RenderedProposal {
  const { doc, model } = c;
  const pages = doc.getNumberOfPages();
  for (let page = 2; page <= pages; page++) {
    doc.setPage(page);
    c.tags.artifact(() => drawFurniture(c, page, pages));
  }
  const { document } = model;
  doc.setDocumentProperties({ title: document.title, subject: document.subject, author: document.author, keywords: document.keywords, creator: 'Scopewise' });
  doc.setCreationDate(pdfDate(document.issuedAt));
  doc.setFileId(fileId);
  makeArchival(doc, { ...document, creator: 'Scopewise', pdfDate: pdfDate(document.issuedAt), language: c.tags.language, fileId });
  const bytes = new Uint8Array(doc.output('arraybuffer'));
  return { bytes, pages, replaced: [...c.replaced].sort() };
}

/**
 * The fonts a model needs: DejaVu Sans always, Arundina Sans only when some text is Thai, the CJK face only when some
 * text is outside DejaVu's and the Thai face's coverage.
 */
export async function loadFonts(model: ProposalModel, source: FontSource): Promise<FontSet> {
  const [regular, bold] = await Promise.all([faceFrom(source, 'regular'), faceFrom(source, 'bold')]);
  const text = allText(model, []).join('\n');
  const thai = [...text].some((ch) => isThai(ch.codePointAt(0)!)) ? await faceFrom(source, 'thai') : null;
  const covered = (cp: number): boolean => regular.font.glyphOfBmp[cp] !== 0 || (thai !== null && thai.font.glyphOfBmp[cp] !== 0);
  const cjk = needsFallback(text, covered) ? await faceFrom(source, 'cjk') : null;
  return { regular, bold, thai, cjk };
}

/** Renders with fonts already loaded (see loadFonts) and the file id (proposalFileId): synchronous, for callers that batch. */
export function renderProposalWith(model: ProposalModel, fonts: FontSet, fileId: string): RenderedProposal {
  const composer = new Composer(model, fonts);
  composer.setFooter(layoutFooter(composer));
  drawCover(composer);
  model.sections.forEach((section, i) => drawSection(composer, section, i === 0));
  return finish(composer, fileId);
}

/** The proposal as PDF bytes, with the page count and the characters that had to be replaced; fonts come from `source`. */
export async function renderProposal(model: ProposalModel, source: FontSource): Promise<RenderedProposal> {
  return renderProposalWith(model, await loadFonts(model, source), await proposalFileId(model));
}
