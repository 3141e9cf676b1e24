// The client edition in the client's words: scores, object-relational mappers and server protocols are the team's
// vocabulary, not the buyer's. A short list of rewrites per proposal language applied to every string of the client
// edition's sections; the internal edition keeps the technical terms. Pure string work.
//
// The English list also takes the scores out of the engine's English sentences. In the other languages the proposal's
// own headings already leave scores out of the client edition (approach.ts), so their lists only put the acronyms a
// translated sentence may still carry (ORM, WSGI, ASGI, CSRF) into plain words of that language.
import type { ProposalLanguage } from '../i18n/language';
import type { Block, Section } from './types';

/** Each pattern with what the client reads instead, applied in order. */
const REWRITES: Readonly<Record<ProposalLanguage, readonly [RegExp, string][]>> = {
  en: [
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
  ],
  de: [
    [/\bORM\b/g, 'Datenbankschicht'],
    [/\b[AW]SGI-(?:Anwendungs)?[Ss]erver\b/g, 'Anwendungsserver'],
    [/\b[AW]SGI\b/g, 'Server'],
    [/\bCSRF-Schutz\b/g, 'Schutz vor gefälschten Anfragen'],
    [/\bCSRF\b/g, 'gefälschte Anfragen'],
  ],
  fr: [
    [/\bl[’']ORM\b/g, 'la couche d’accès aux données'],
    [/\bORM\b/g, 'couche d’accès aux données'],
    [/\bserveur (?:d[’']applications )?[AW]SGI\b/g, 'serveur d’applications'],
    [/\b[AW]SGI\b/g, 'serveur'],
    [/\bprotection CSRF\b/g, 'protection contre les requêtes falsifiées'],
    [/\bCSRF\b/g, 'requêtes falsifiées'],
  ],
  es: [
    [/\bORM\b/g, 'capa de acceso a datos'],
    [/\bservidor (?:de aplicaciones )?[AW]SGI\b/g, 'servidor de aplicaciones'],
    [/\b[AW]SGI\b/g, 'servidor'],
    [/\bprotección CSRF\b/g, 'protección contra solicitudes falsificadas'],
    [/\bCSRF\b/g, 'solicitudes falsificadas'],
  ],
  nl: [
    [/\bORM\b/g, 'databaselaag'],
    [/\b[AW]SGI-(?:applicatie)?server\b/g, 'applicatieserver'],
    [/\b[AW]SGI\b/g, 'server'],
    [/\bCSRF-bescherming\b/g, 'bescherming tegen vervalste verzoeken'],
    [/\bCSRF\b/g, 'vervalste verzoeken'],
  ],
  th: [
    [/\bORM\b/g, 'ชั้นจัดการฐานข้อมูล'],
    [/\b[AW]SGI server\b/g, 'เซิร์ฟเวอร์แอปพลิเคชัน'],
    [/\b[AW]SGI\b/g, 'เซิร์ฟเวอร์'],
    [/\bCSRF\b/g, 'คำขอปลอม'],
  ],
};

export function plainWords(text: string, language: ProposalLanguage = 'en'): string {
  return REWRITES[language].reduce((out, [pattern, plain]) => out.replace(pattern, plain), text);
}

function plainBlock(block: Block, language: ProposalLanguage): Block {
  switch (block.kind) {
    case 'paragraph':
    case 'subheading':
      return { ...block, text: plainWords(block.text, language) };
    case 'bullets':
      return {
        ...block,
        items: block.items.map((i) => ({
          ...i,
          text: plainWords(i.text, language),
          ...(i.detail === undefined ? {} : { detail: plainWords(i.detail, language) }),
        })),
      };
    case 'table':
      return { ...block, rows: block.rows.map((row) => row.map((cell) => plainWords(cell, language))) };
    case 'callout':
      return { ...block, lines: block.lines.map((line) => plainWords(line, language)) };
    default:
      return block;
  }
}

/** The sections with every sentence, cell and list item in plain words (the client edition). */
export function inPlainWords(sections: readonly Section[], language: ProposalLanguage = 'en'): Section[] {
  return sections.map((s) => ({ ...s, title: plainWords(s.title, language), blocks: s.blocks.map((b) => plainBlock(b, language)) }));
}
