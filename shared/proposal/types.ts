// The proposal model's types: the blocks and sections the renderer lays out, the model itself and the export options.
// Types only, imported by the section builders and the renderer alike, so no proposal module imports model.ts for them.
import type { ProposalSettings } from '../branding';
import type { ProposalLanguage } from '../i18n/language';
import type { Scope } from '../scope/schema';
import type { FormFieldSpec } from './acceptance-form';
import type { LogoImage } from './logo';

export type Rgb = readonly [number, number, number];

export type Block =
  | { kind: 'paragraph'; text: string; tone?: 'body' | 'muted' | 'lead' }
  | { kind: 'subheading'; text: string }
  | { kind: 'bullets'; items: { text: string; detail?: string }[]; numbered?: boolean }
  | {
      kind: 'table';
      columns: { title: string; share: number; bold?: boolean; align?: 'left' | 'right' }[];
      rows: string[][];
      /** Rows printed bold with a rule above (a total). */
      emphasis?: number[];
      /** A column tinted and its heading marked (the recommended option). */
      highlightColumn?: number;
      /**
       * Every cell and heading is text Scopewise writes itself (question labels, answer words, framework and stack
       * component names), never a user's: the renderer may then hand the table to jspdf-autotable, which draws each
       * cell in one font. Tables without it may hold user text that needs the CJK fallback, and keep the line layout.
       */
      productText?: true;
    }
  | { kind: 'chart'; bars: { label: string; value: number; display: string; highlight: boolean }[]; caption: string }
  | { kind: 'callout'; label: string; title: string; lines: string[] }
  /** Bars on a scale of `total` units, each starting where the one before ended (a plain Gantt chart). */
  | { kind: 'gantt'; bars: { label: string; start: number; length: number; display: string }[]; total: number; axisLabel: string; caption: string }
  /** Signature boxes side by side, one per party, each with a line per field; kept whole on one page. */
  | {
      kind: 'signature';
      /** `form`, aligned with `fields`: the fillable PDF field over each line (shared/proposal/acceptance-form.ts). */
      /** `signatory`: who is expected to sign for the party (the client's contact person and role), under its organisation. */
      parties: { heading: string; organisation: string; signatory?: string; fields: string[]; form?: (FormFieldSpec | null)[] }[];
    };

export interface Section {
  title: string;
  blocks: Block[];
  /** Start on a fresh page. */
  newPage?: boolean;
  /** Print the section whole on one page (the acceptance block): it moves to the next page when it does not fit. */
  keepTogether?: boolean;
}

export interface ProposalModel {
  /** The PDF's metadata; issuedAt (ISO 8601 with offset) is also its creation date. */
  document: { title: string; subject: string; author: string; keywords: string; issuedAt: string };
  brand: {
    companyName: string;
    primary: Rgb;
    accent: Rgb;
    logo: LogoImage | null;
    /** Footer lines on every page after the cover. */
    footer: string[];
  };
  cover: {
    kicker: string;
    title: string;
    clientLabel: string;
    client: string;
    /** Under the client's name: its contact person and role, then their e-mail (a live link); absent or empty: none. */
    person?: string[];
    facts: { label: string; value: string }[];
    closing: string;
  };
  /** Running header text, beside the logo. */
  header: string;
  /** Footer page label; {page} and {pages} are filled in. */
  pageLabel: string;
  sections: Section[];
  /** The proposal's language as a BCP 47 tag, the PDF's /Lang; English ('en') when absent. */
  language?: string;
}

/** Which revision is exported: its number and when it was saved (the PDF's date, so re-exports are identical). */
export interface RevisionInfo {
  number: number;
  savedAt: string;
}

/** `client` goes to the client (the default); `internal` adds the notes, the rules' sources and the estimate's working. */
export type Edition = 'client' | 'internal';
export const EDITIONS: readonly Edition[] = ['client', 'internal'];

export interface ProposalOptions {
  edition?: Edition;
  /** The assessment's scope; when absent, the assessment's own `scope` field if it has one. */
  scope?: Scope;
  settings?: ProposalSettings;
  /** The proposal number given at the first export (db/proposal-numbers.ts); none in a preview before it. */
  number?: string;
  /** The version of this proposal under its number (db/proposal-versions.ts), printed beside it. */
  version?: number;
  /** Recorded actual ÷ estimated ratios of delivered projects (db/actuals.ts), for the internal edition's calibration. */
  ratios?: readonly number[];
  /** The language every sentence is written in (shared/i18n/language.ts); English when absent. */
  language?: ProposalLanguage;
}
