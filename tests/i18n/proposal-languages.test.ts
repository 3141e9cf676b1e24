// A client and an internal proposal of a rich assessment in each proposal language, read back by poppler: no English
// function word is left in a translated document. What the consultant typed (names, titles, items, notes, terms) is
// given in each language, so every English word found is one the app wrote, and the failure lists the lines.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Assessment } from '../../shared/assessment';
import { type Branding, DEFAULT_BRANDING, DEFAULT_PROPOSAL_SETTINGS } from '../../shared/branding';
import { recommend, type Requirements } from '../../shared/engine';
import { PROPOSAL_LANGUAGES, type ProposalLanguage } from '../../shared/i18n/language';
import { buildProposalModel, type ProposalModel } from '../../shared/proposal';
import { DEFAULT_RATE_CARD, type Scope, scopeSchema } from '../../shared/scope/schema';
import { REVISION, SAMPLE_BRANDING } from '../proposal/fixtures';
import { renderProposal } from '../proposal/node-render';
import { pdfText, requirePdfTools, tempFolder } from '../proposal/pdf-tools';
import { englishLines } from './english-words';

/**
 * Sections (by their English title) whose English would only be listed, not failed: none since the engine's and the
 * scope knowledge's sentences are messages too. A section added while its translations are still being written may
 * wait here, briefly.
 */
const PENDING_SECTIONS: readonly RegExp[] = [];

/** What the consultant typed, in each language: the client, the items, the options, the stages, the terms. */
const TYPED: Record<
  ProposalLanguage,
  {
    client: string;
    project: string;
    notes: string;
    phases: string[];
    items: string[];
    tiers: string[];
    stages: string[];
    tax: string;
    terms: string;
    team: string[];
    outcome: string;
  }
> = {
  en: {
    client: 'Acme Logistics Ltd',
    project: 'Freight tracking portal',
    notes: 'They want a first release before the summer trade fair.',
    phases: ['Discovery', 'Build', 'Launch'],
    items: ['Customer accounts', 'Shipment search', 'Tracking map', 'Invoice archive', 'Carrier connector', 'Admin console'],
    tiers: ['Essential', 'Professional', 'Complete'],
    stages: ['On signature', 'Midpoint review', 'Delivery'],
    tax: 'VAT',
    terms: 'Invoices payable within 30 days.',
    team: ['Dana Whitfield', 'Lead engineer', 'Twelve years of Django'],
    outcome: 'Booking platform live in ten weeks',
  },
  de: {
    client: 'Müller Logistik GmbH',
    project: 'Sendungsverfolgung',
    notes: 'Erste Version vor der Sommermesse gewünscht.',
    phases: ['Analyse', 'Umsetzung', 'Einführung'],
    items: ['Kundenkonten', 'Sendungssuche', 'Karte der Sendungen', 'Rechnungsarchiv', 'Anbindung der Spediteure', 'Verwaltungsoberfläche'],
    tiers: ['Basis', 'Erweitert', 'Komplett'],
    stages: ['Bei Unterzeichnung', 'Zwischenabnahme', 'Abnahme'],
    tax: 'MwSt.',
    terms: 'Rechnungen zahlbar innerhalb von 30 Tagen.',
    team: ['Dana Weber', 'Leitende Entwicklerin', 'Zwölf Jahre Erfahrung mit Django'],
    outcome: 'Buchungsplattform nach zehn Wochen produktiv',
  },
  fr: {
    client: 'Transports Lefèvre SA',
    project: 'Suivi des expéditions',
    notes: 'Première version souhaitée avant le salon d’été.',
    phases: ['Cadrage', 'Réalisation', 'Mise en service'],
    items: ['Comptes clients', 'Recherche des envois', 'Carte de suivi', 'Archive des factures', 'Connecteur transporteurs', 'Console d’administration'],
    tiers: ['Essentielle', 'Avancée', 'Complète'],
    stages: ['À la signature', 'Revue intermédiaire', 'Livraison'],
    tax: 'TVA',
    terms: 'Factures payables sous 30 jours.',
    team: ['Dana Moreau', 'Ingénieure principale', 'Douze ans de Django'],
    outcome: 'Plateforme de réservation en production en dix semaines',
  },
  es: {
    client: 'Transportes Ibéricos SL',
    project: 'Seguimiento de envíos',
    notes: 'Quieren una primera versión antes de la feria de verano.',
    phases: ['Análisis', 'Desarrollo', 'Puesta en marcha'],
    items: [
      'Cuentas de clientes',
      'Búsqueda de envíos',
      'Mapa de seguimiento',
      'Archivo de facturas',
      'Conector de transportistas',
      'Consola de administración',
    ],
    tiers: ['Esencial', 'Profesional', 'Completa'],
    stages: ['A la firma', 'Revisión intermedia', 'Entrega'],
    tax: 'IVA',
    terms: 'Facturas pagaderas en 30 días.',
    team: ['Dana García', 'Ingeniera principal', 'Doce años con Django'],
    outcome: 'Plataforma de reservas operativa en diez semanas',
  },
  nl: {
    client: 'Van Dijk Transport BV',
    project: 'Zendingen volgen',
    notes: 'Eerste versie gewenst vóór de zomerbeurs.',
    phases: ['Verkenning', 'Bouw', 'Livegang'],
    items: ['Klantaccounts', 'Zendingen zoeken', 'Volgkaart', 'Factuurarchief', 'Koppeling met vervoerders', 'Beheeromgeving'],
    tiers: ['Basis', 'Uitgebreid', 'Compleet'],
    stages: ['Bij ondertekening', 'Tussentijdse beoordeling', 'Oplevering'],
    tax: 'btw',
    terms: 'Facturen te voldoen binnen 30 dagen.',
    team: ['Dana de Vries', 'Hoofdontwikkelaar', 'Twaalf jaar ervaring met Django'],
    outcome: 'Boekingsplatform na tien weken live',
  },
  th: {
    client: 'บริษัท ไทยโลจิสติกส์ จำกัด',
    project: 'ระบบติดตามการขนส่ง',
    notes: 'ลูกค้าต้องการใช้งานเวอร์ชันแรกก่อนงานแสดงสินค้า',
    phases: ['วิเคราะห์', 'พัฒนา', 'เปิดใช้งาน'],
    items: ['บัญชีลูกค้า', 'ค้นหาพัสดุ', 'แผนที่ติดตาม', 'คลังใบแจ้งหนี้', 'เชื่อมต่อผู้ขนส่ง', 'หน้าผู้ดูแลระบบ'],
    tiers: ['พื้นฐาน', 'มาตรฐาน', 'ครบถ้วน'],
    stages: ['เมื่อลงนาม', 'ทบทวนกลางโครงการ', 'ส่งมอบงาน'],
    tax: 'ภาษีมูลค่าเพิ่ม',
    terms: 'ชำระตามใบแจ้งหนี้ภายใน 30 วัน',
    team: ['ดารา ใจดี', 'หัวหน้าวิศวกร', 'ประสบการณ์กับ Django สิบสองปี'],
    outcome: 'ระบบจองเปิดใช้งานภายในสิบสัปดาห์',
  },
};

const REQUIREMENTS: Requirements = {
  projectKind: 'saas',
  userInterface: 'server-rendered',
  auth: 'roles',
  adminPanel: true,
  teamSize: 4,
  targetDate: '2026-09-30',
  budgetRange: '75k-200k',
};

function scopeIn(language: ProposalLanguage): Scope {
  const typed = TYPED[language];
  return scopeSchema.parse({
    currency: 'EUR',
    rates: DEFAULT_RATE_CARD.rates.map((r) => ({ ...r })),
    pmPercent: 15,
    qaPercent: 10,
    contingencyPercent: 10,
    tiers: typed.tiers,
    startDate: '2026-04-06',
    payments: typed.stages.map((label, i) => ({ label, percent: [30, 40, 30][i]! })),
    taxPercent: 19,
    taxLabel: typed.tax,
    discountPercent: 5,
    quote: 'p80',
    assumptions: [],
    exclusions: [],
    clientResponsibilities: [],
    items: Array.from({ length: 12 }, (_, i) => ({
      id: `item-${i + 1}`,
      title: typed.items[i % typed.items.length]!,
      phase: typed.phases[Math.floor(i / 4)]!,
      role: 'developer',
      low: 2 + (i % 3),
      likely: 4 + (i % 4),
      high: 7 + (i % 5),
      tier: i % 3 === 2 ? 3 : i % 3 === 1 ? 2 : 1,
      ...(i === 10 ? { optional: true } : {}),
      ...(i === 11 ? { deferred: true } : {}),
    })),
  });
}

function modelIn(language: ProposalLanguage, edition: 'client' | 'internal', brand: Branding = SAMPLE_BRANDING): ProposalModel {
  const typed = TYPED[language];
  const assessment: Assessment = {
    id: '0d4c1a9e-7b2f-4c61-9a53-2f0e6d8b1c47',
    clientName: typed.client,
    projectTitle: typed.project,
    consultant: typed.team[0]!,
    status: 'draft',
    requirements: REQUIREMENTS,
    notes: typed.notes,
    createdAt: '2026-03-01T09:00:00+01:00',
    updatedAt: '2026-03-12T14:30:00+01:00',
  };
  const branding: Branding = {
    ...brand,
    team: [{ name: typed.team[0]!, role: typed.team[1]!, line: typed.team[2]! }],
    references: [{ client: typed.client, outcome: typed.outcome, year: 2025 }],
  };
  return buildProposalModel(assessment, recommend(REQUIREMENTS), branding, REVISION, {
    edition,
    scope: scopeIn(language),
    settings: { ...DEFAULT_PROPOSAL_SETTINGS, paymentTerms: typed.terms, showRange: true },
    number: 'SW-2026-0042',
    version: 2,
    language,
  });
}

/** The extracted text cut at each section's title: [title, text] in reading order, the cover first. */
function sectionsOf(text: string, titles: readonly string[]): [string, string][] {
  const parts: [string, string][] = [];
  let from = 0;
  let title = '(cover)';
  for (const next of titles) {
    const at = text.indexOf(next, from);
    if (at < 0) continue;
    parts.push([title, text.slice(from, at)]);
    title = next;
    from = at;
  }
  parts.push([title, text.slice(from)]);
  return parts;
}

const folder = tempFolder();
beforeAll(() => requirePdfTools());
afterAll(() => folder.remove());

describe('proposals in every language', () => {
  for (const language of PROPOSAL_LANGUAGES) {
    for (const edition of ['client', 'internal'] as const) {
      it(`leaves no English in the ${edition} edition in ${language}`, async () => {
        const model = modelIn(language, edition);
        const english = modelIn('en', edition);
        expect(model.sections.length).toBe(english.sections.length);
        const rendered = await renderProposal(model);
        expect(rendered.replaced).toEqual([]);
        const file = join(folder.path(''), `${language}-${edition}.pdf`);
        writeFileSync(file, rendered.bytes);
        const text = pdfText(file);
        expect(text).toContain(TYPED[language].client);
        if (language === 'en') return;
        const sections = sectionsOf(
          text,
          model.sections.map((s) => s.title),
        );
        const englishTitle = new Map(model.sections.map((s, i) => [s.title, english.sections[i]!.title]));
        const failing: string[] = [];
        const pending: string[] = [];
        for (const [title, body] of sections) {
          const lines = englishLines(body, language);
          if (lines.length === 0) continue;
          const original = englishTitle.get(title) ?? title;
          const report = `${title} (${original}):\n  ${lines.join('\n  ')}`;
          if (PENDING_SECTIONS.some((p) => p.test(original))) pending.push(report);
          else failing.push(report);
        }
        if (pending.length > 0) console.info(`English still in ${language} ${edition}, from the engine or the scope knowledge:\n${pending.join('\n')}`);
        expect(failing, `English in the ${language} ${edition} edition:\n${failing.join('\n')}`).toEqual([]);
      });
    }
  }
});

describe("a new database's branding", () => {
  // Nobody has entered the consultancy's name yet (the first-run prompt skipped): the proposal names the consultancy in
  // its own language, never with an English placeholder stored as the name.
  for (const language of PROPOSAL_LANGUAGES.filter((l) => l !== 'en')) {
    it(`leaves no English on a ${language} proposal`, async () => {
      const rendered = await renderProposal(modelIn(language, 'client', DEFAULT_BRANDING));
      const file = join(folder.path(''), `${language}-unbranded.pdf`);
      writeFileSync(file, rendered.bytes);
      const lines = englishLines(pdfText(file), language);
      expect(lines, `English in the ${language} proposal of an unbranded database:\n${lines.join('\n')}`).toEqual([]);
    });
  }
});
