// The client edition in the client's words: scores, object-relational mappers and server protocols are the team's
// vocabulary, not the buyer's. A short list of rewrites applied to every string of the client edition's sections; the
// internal edition keeps the technical terms. Pure string work; the engine's own sentences stay as they are.
import type { Block, Section } from './types';

/** Each pattern with what the client reads instead, applied in order. */
const REWRITES: readonly [RegExp, string][] = [
  [/ \([\d,]+ points? behind\)/g, ''],
  [/ by (?:only )?[\d,]+ points?(?= with|,|\.|;)/g, ''],
  [/ are level at -?[\d,]+ points?:/g, ' are level:'],
  [/\bthe open points\b/g, 'the open questions'],
  [/\bDjango’s ORM\b/g, 'Django’s database layer'],
  [/\bwith ORM, /g, 'with a database layer, '],
  [/\basync ORM\b/g, 'asynchronous database'],
  [/\bORM\b/g, 'database layer'],
  [/\bWSGI application server\b/g, 'application server'],
  [/\bASGI server\b/g, 'application server'],
  [/\b[AW]SGI\b/g, 'server'],
  [/\bCSRF protection\b/g, 'protection against forged requests'],
  [/\bCSRF\b/g, 'protection against forged requests'],
];

export function plainWords(text: string): string {
  return REWRITES.reduce((out, [pattern, plain]) => out.replace(pattern, plain), text);
}

function plainBlock(block: Block): Block {
  switch (block.kind) {
    case 'paragraph':
    case 'subheading':
      return { ...block, text: plainWords(block.text) };
    case 'bullets':
      return {
        ...block,
        items: block.items.map((i) => ({ ...i, text: plainWords(i.text), ...(i.detail === undefined ? {} : { detail: plainWords(i.detail) }) })),
      };
    case 'table':
      return { ...block, rows: block.rows.map((row) => row.map(plainWords)) };
    case 'callout':
      return { ...block, lines: block.lines.map(plainWords) };
    default:
      return block;
  }
}

/** The sections with every sentence, cell and list item in plain words (the client edition). */
export function inPlainWords(sections: readonly Section[]): Section[] {
  return sections.map((s) => ({ ...s, title: plainWords(s.title), blocks: s.blocks.map(plainBlock) }));
}
