// The drafted scope in the proposal's language: every drafted text exists in every proposal language (derived from the
// knowledge tables, not from a list of ids), a draft made in one language prints in another as if drafted there, what
// the consultant typed prints as typed, and the default texts still leave out what the scope contradicts, in every
// language.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';

import { DEFAULT_BRANDING } from '../../shared/branding';
import { FRAMEWORKS, recommend, type Requirements } from '../../shared/engine';
import { PROPOSAL_LANGUAGES, type ProposalLanguage } from '../../shared/i18n/language';
import { buildProposalModel, type ProposalModel } from '../../shared/proposal';
import { describeFrameworkDelta, whyRecommendedCostsMore } from '../../shared/scope/compare';
import { contextWordings } from '../../shared/scope/context-items';
import { consistentTexts, deliveredBy, draftTexts, TEXT_ROWS } from '../../shared/scope/default-texts';
import { descriptionState, printedDescription, printedTitle } from '../../shared/scope/descriptions';
import { draftScope, frameworkReason } from '../../shared/scope/draft';
import { phaseName, scopeInLanguage } from '../../shared/scope/in-language';
import { PHASE_NAMES, PHASES, WORK_ITEMS } from '../../shared/scope/knowledge';
import { projectWordings } from '../../shared/scope/project-items';
import {
  ADDED_TIER_WORDS,
  addedTierName,
  DEFAULT_PAYMENT_STAGES,
  DEFAULT_RATE_CARD,
  DEFAULT_TAX_WORDS,
  DEFAULT_TIER_WORDS,
  numberedTierWords,
  paymentsOf,
  type Scope,
} from '../../shared/scope/schema';
import { priceWithTax } from '../../shared/scope/tax-and-payments';
import type { Words } from '../../shared/scope/words';
import { requirementsArbitrary } from '../fixtures/arbitraries';
import { assessmentOf, REVISION } from '../proposal/fixtures';
import { renderProposal } from '../proposal/node-render';
import { pdfText, requirePdfTools, tempFolder } from '../proposal/pdf-tools';

const TRANSLATED = PROPOSAL_LANGUAGES.filter((l) => l !== 'en');

/** Answers that draft every context item and every project item (features, a running application, a large team). */
const EVERYTHING: Requirements = {
  projectKind: 'saas',
  adminPanel: true,
  auth: 'roles',
  integrations: ['Stripe', 'SAP'],
  personalData: true,
  personalDataKinds: 'Kundendaten',
  mobile: 'native-app',
  languages: ['de', 'en'],
  features: [
    { title: 'Sendungsverfolgung', size: 'm' },
    { title: 'Rechnungen als PDF', size: 's' },
  ],
  extendingExisting: true,
  existingFramework: 'flask',
  existingSize: 'large',
  teamSize: 6,
};

/** Every text a draft can write, by where it comes from, as words in every language. */
function draftedWords(): [string, Words][] {
  const out: [string, Words][] = [];
  for (const row of WORK_ITEMS) out.push([`${row.id} title`, row.text.title], [`${row.id} description`, row.text.description], [`${row.id} why`, row.text.why]);
  const project = [...contextWordings(EVERYTHING), ...projectWordings(EVERYTHING), ...projectWordings({ ...EVERYTHING, existingSize: 'small' })];
  for (const w of project) out.push([`${w.id} description`, w.text.description]);
  // Feature titles are the client's words; every other drafted title is ours to translate.
  for (const w of project.filter((p) => !p.id.startsWith('feature-'))) out.push([`${w.id} title`, w.text.title]);
  out.push(...TEXT_ROWS.map((r, i): [string, Words] => [`${r.kind} ${i}`, r.text]));
  out.push(...PHASES.map((p): [string, Words] => [`phase ${p}`, PHASE_NAMES[p]]));
  out.push(...DEFAULT_PAYMENT_STAGES.map((s, i): [string, Words] => [`payment ${i}`, s.label]));
  out.push(['tax label', DEFAULT_TAX_WORDS], ...ADDED_TIER_WORDS.map((w, i): [string, Words] => [`added tier ${i}`, w]), ['tier 2', numberedTierWords(2)]);
  return out;
}

/** Texts that are rightly the same word in English and a translation. */
const SAME_WORD = new Set(['Standard']);

describe('drafted texts in every proposal language', () => {
  it('has every drafted title, description, reason, default line, phase, payment stage and tax name in every language, translated', () => {
    const words = draftedWords();
    expect(words.length).toBeGreaterThan(100);
    for (const [where, w] of words) {
      const english = w('en');
      expect(english.trim(), where).not.toBe('');
      for (const language of TRANSLATED) {
        const text = w(language);
        expect(text.trim(), `${where} in ${language}`).not.toBe('');
        // Paraglide falls back to English for a missing message: a translation equal to the English text is one.
        if (!SAME_WORD.has(english)) expect(text, `${where} in ${language}`).not.toBe(english);
        expect(text, `${where} in ${language}`).not.toMatch(/\{[a-z]+\}/i);
      }
    }
    expect(DEFAULT_TIER_WORDS('es')).toBe('Estándar');
    expect(frameworkReason({ id: 'back-office' }, 'de')).toMatch(/^Die Verwaltungsoberfläche von Django/);
    expect(frameworkReason({ id: 'back-office' })).toBe(WORK_ITEMS.find((r) => r.id === 'back-office')!.why);
  });

  it('leaves no English function word in a draft written in another language (product and framework names aside)', () => {
    const english = [
      'the',
      'and',
      'with',
      'for',
      'to',
      'from',
      'which',
      'that',
      'this',
      'are',
      'be',
      'by',
      'our',
      'your',
      'each',
      'when',
      'on',
      'at',
      'it',
      'its',
      'or',
    ];
    // Words that are also words of the language itself.
    const own: Record<string, readonly string[]> = { de: [], fr: ['on'], es: [], nl: [], th: [] };
    for (const language of TRANSLATED) {
      const scope = draftScope({ ...EVERYTHING, languages: ['de', 'en'], features: [] }, DEFAULT_RATE_CARD, { language, framework: 'django' });
      const text = [
        ...scope.items.flatMap((i) => [i.title, i.description ?? '', i.phase, frameworkReason(i, language) ?? '']),
        ...scope.tiers,
        ...scope.assumptions,
        ...scope.exclusions,
        ...scope.clientResponsibilities,
        ...paymentsOf(scope, language).map((p) => p.label),
      ].join(' ');
      const found = [...text.matchAll(/\p{L}+/gu)].map((w) => w[0].toLowerCase()).filter((w) => english.includes(w) && !own[language]!.includes(w));
      expect(found, language).toEqual([]);
    }
  });

  it('tells every drafted title apart from every other in each language, so a drafted text maps back to one row', () => {
    for (const language of PROPOSAL_LANGUAGES) {
      const titles = WORK_ITEMS.map((r) => r.text.title(language));
      expect(new Set(titles).size, language).toBe(titles.length);
      const phases = PHASES.map((p) => PHASE_NAMES[p](language));
      expect(new Set(phases).size, language).toBe(phases.length);
      const lines = TEXT_ROWS.map((r) => r.text(language));
      expect(new Set(lines).size, language).toBe(lines.length);
    }
  });

  it('never gives two default names the same words in any languages, so a default name maps back to one meaning', () => {
    const concepts: Words[] = [
      DEFAULT_TIER_WORDS,
      ...ADDED_TIER_WORDS,
      ...PHASES.map((p) => PHASE_NAMES[p]),
      ...DEFAULT_PAYMENT_STAGES.map((s) => s.label),
      DEFAULT_TAX_WORDS,
    ];
    const owner = new Map<string, number>();
    concepts.forEach((w, i) => {
      for (const language of PROPOSAL_LANGUAGES) {
        const text = w(language);
        expect(owner.get(text) ?? i, `"${text}" names two things`).toBe(i);
        owner.set(text, i);
      }
    });
  });

  it('keeps the tier names a consultant typed, however close to a default, in every language', () => {
    const scope = { ...draftScope({}, DEFAULT_RATE_CARD), tiers: ['Basis', 'Plus (recommended)', 'Premium'] };
    for (const language of PROPOSAL_LANGUAGES) expect(scopeInLanguage(scope, {}, language).tiers, language).toEqual(scope.tiers);
  });

  it('keeps the inputs in the sentence: the integration, the personal data, the languages, the framework and the team size', () => {
    for (const language of PROPOSAL_LANGUAGES) {
      const scope = draftScope(EVERYTHING, DEFAULT_RATE_CARD, { language, framework: 'django' });
      const text = JSON.stringify(scope.items);
      for (const word of ['Stripe', 'SAP', 'Kundendaten', '(de, en)', 'Flask', 'Django', 'Sendungsverfolgung', ' 6 '])
        expect(text, `${word} in ${language}`).toContain(word);
    }
  });
});

describe('a draft in one language, printed in another', () => {
  it('prints as if it had been drafted in the proposal’s language, for any answers and any two languages', () => {
    const language = fc.constantFrom(...PROPOSAL_LANGUAGES);
    fc.assert(
      fc.property(requirementsArbitrary, language, language, fc.constantFrom(...FRAMEWORKS), (requirements, from, to, framework) => {
        const drafted = draftScope(requirements, DEFAULT_RATE_CARD, { language: from, framework });
        expect(scopeInLanguage(drafted, requirements, to)).toEqual(draftScope(requirements, DEFAULT_RATE_CARD, { language: to, framework }));
      }),
      { numRuns: 60 },
    );
  });

  it('leaves everything the consultant typed or edited exactly as typed', () => {
    const drafted = draftScope(EVERYTHING, DEFAULT_RATE_CARD, { language: 'de' });
    const own: Scope = {
      ...drafted,
      tiers: ['Essential'],
      items: [
        ...drafted.items.map((i) =>
          i.id === 'back-office' ? { ...i, title: 'Disponentenoberfläche', description: `${i.description} Mit Tourenplanung.` } : i,
        ),
        { id: 'custom-1', title: 'Loyalty points', description: 'Points per order.', phase: 'Phase 2', role: 'developer', low: 1, likely: 2, high: 3 },
      ],
      assumptions: [...drafted.assumptions, 'Our own assumption.'],
      payments: [
        { label: 'Anzahlung', percent: 50 },
        { label: 'Bei Inbetriebnahme', percent: 50 },
      ],
      taxLabel: 'USt.',
    };
    const english = scopeInLanguage(own, EVERYTHING, 'en');
    const edited = english.items.find((i) => i.id === 'back-office')!;
    expect(edited.title).toBe('Disponentenoberfläche');
    expect(edited.description).toBe(own.items.find((i) => i.id === 'back-office')!.description);
    expect(english.items.at(-1)).toEqual(own.items.at(-1));
    expect(english.tiers).toEqual(['Essential']);
    // The names tiers added in the Scope view start with are drafted too; the consultant's own stay.
    const tiers = [DEFAULT_TIER_WORDS('en'), addedTierName(1), addedTierName(2, 'fr')];
    expect(tiers).toEqual(['Standard', 'Better', 'Complète']);
    expect(scopeInLanguage({ ...own, tiers }, EVERYTHING, 'de').tiers).toEqual(['Standard', 'Erweitert', 'Komplett']);
    expect(scopeInLanguage({ ...own, tiers: ['Standard', 'Ausbau', 'Tier 3'] }, EVERYTHING, 'es').tiers).toEqual(['Estándar', 'Ausbau', 'Opción 3']);
    expect(english.assumptions.at(-1)).toBe('Our own assumption.');
    expect(english.payments).toEqual([
      { label: 'Anzahlung', percent: 50 },
      { label: 'At launch', percent: 50 },
    ]);
    expect(english.taxLabel).toBe('USt.');
    expect(english.items.find((i) => i.id === 'discovery')!.title).toBe('Discovery and backlog');
    expect(english.items.find((i) => i.id === 'discovery')!.phase).toBe('Discovery');
    expect(phaseName('Phase 2', 'fr')).toBe('Phase 2');
    // A quality phase drafted by an earlier version under its former German or Thai name is still that phase.
    expect(phaseName('Qualitätssicherung', 'en')).toBe('Quality');
    expect(phaseName('การประกันคุณภาพ', 'de')).toBe('Qualität');
  });

  it('reads a retitled item’s drafted description as stale in every language, and an edited one as the consultant’s', () => {
    for (const language of PROPOSAL_LANGUAGES) {
      const item = draftScope(EVERYTHING, DEFAULT_RATE_CARD, { language }).items.find((i) => i.id === 'back-office')!;
      expect(descriptionState(item, EVERYTHING)).toBe('drafted');
      expect(printedDescription(item, EVERYTHING, 'th')).toBe(WORK_ITEMS.find((r) => r.id === 'back-office')!.text.description('th'));
      expect(printedTitle(item, EVERYTHING, 'nl')).toBe('Beheeromgeving voor medewerkers');
      const retitled = { ...item, title: 'Driver app' };
      expect(descriptionState(retitled, EVERYTHING)).toBe('stale');
      expect(printedDescription(retitled, EVERYTHING, 'de')).toBeUndefined();
      expect(printedTitle(retitled, EVERYTHING, 'de')).toBe('Driver app');
    }
  });
});

/** The proposal's model for a scope, in a language. */
function modelOf(scope: Scope, requirements: Requirements, language: ProposalLanguage): ProposalModel {
  return buildProposalModel(assessmentOf({ requirements }), recommend(requirements), DEFAULT_BRANDING, REVISION, { scope, language });
}

/** The text of every section's blocks. */
function scopeTexts(model: ProposalModel): string {
  return JSON.stringify(model.sections.map((s) => s.blocks));
}

describe('the proposal prints the drafted scope in its language', () => {
  const requirements: Requirements = { ...EVERYTHING, extendingExisting: false, existingFramework: undefined, teamSize: 2 };

  it('prints a German draft in German, the consultant’s edited item in the consultant’s words', () => {
    const drafted = draftScope(requirements, DEFAULT_RATE_CARD, { language: 'en' });
    const scope: Scope = {
      ...drafted,
      startDate: '2026-04-06',
      taxPercent: 19,
      items: drafted.items.map((i) => (i.id === 'accounts-permissions' ? { ...i, title: 'Login with the client’s Azure AD' } : i)),
    };
    const text = scopeTexts(modelOf(scope, requirements, 'de'));
    for (const german of [
      'Verwaltungsoberfläche für Mitarbeitende',
      'Masken, mit denen Mitarbeitende die Datensätze des Produkts finden, anlegen, bearbeiten und löschen.',
      'Anbindung: Stripe',
      'Übersetzungen (de, en)',
      'Umsetzung',
      'Inbetriebnahme',
      'Bei Vertragsunterzeichnung',
      'MwSt.',
      'Benennen Sie eine produktverantwortliche Person',
    ])
      expect(text).toContain(german);
    expect(text).toContain('Login with the client’s Azure AD');
    // Several languages in the answers: translation is delivered, so it is not excluded.
    expect(text).not.toContain('Die Übersetzung von Inhalten in andere Sprachen.');
    // The edited item's drafted description belonged to its drafted title: it no longer prints, in no language.
    expect(text).not.toContain('plus roles that decide who may see and change what');
    expect(text).not.toContain('Rollen, die festlegen, wer was sehen und ändern darf');
    for (const english of ['Staff back office', 'Integration: Stripe', 'On signature', 'Name one product owner', 'Foundations'])
      expect(text).not.toContain(english);
  });

  it('prints a German draft in English exactly as an English draft', () => {
    const german = modelOf(draftScope(requirements, DEFAULT_RATE_CARD, { language: 'de' }), requirements, 'en');
    const english = modelOf(draftScope(requirements, DEFAULT_RATE_CARD), requirements, 'en');
    expect(scopeTexts(german)).toEqual(scopeTexts(english));
    expect(scopeTexts(german)).toContain('Staff back office');
    expect(scopeTexts(german)).not.toContain('Verwaltungsoberfläche');
  });

  it('prints a Thai draft in every language as that language’s own draft would print', () => {
    const thai = draftScope(requirements, DEFAULT_RATE_CARD, { language: 'th' });
    for (const language of TRANSLATED)
      expect(scopeTexts(modelOf(thai, requirements, language))).toEqual(
        scopeTexts(modelOf(draftScope(requirements, DEFAULT_RATE_CARD, { language }), requirements, language)),
      );
  });
});

describe('default texts in every language', () => {
  it('never drafts an exclusion the draft’s own items deliver, and prints the draft’s lines unchanged, in every language', () => {
    for (const language of PROPOSAL_LANGUAGES)
      for (const requirements of [
        { languages: ['th', 'en'] },
        { mobile: 'native-app' as const, languages: ['de', 'en', 'fr'] },
        { integrations: ['SAP'] },
        EVERYTHING,
      ]) {
        const scope = draftScope(requirements, DEFAULT_RATE_CARD, { language });
        const english = draftTexts(requirements, draftScope(requirements, DEFAULT_RATE_CARD).items);
        expect(scope.exclusions, language).toHaveLength(english.exclusions.length);
        const translating = TEXT_ROWS.find((r) => r.text('en') === 'Translating content into other languages.')!.text(language);
        if ((requirements.languages ?? []).length > 1) expect(scope.exclusions, language).not.toContain(translating);
        else expect(scope.exclusions, language).toContain(translating);
        expect(consistentTexts(scope, requirements, language), language).toEqual({
          assumptions: scope.assumptions,
          exclusions: scope.exclusions,
          clientResponsibilities: scope.clientResponsibilities,
        });
      }
  });

  it('keeps "native mobile apps" out beside the API a store app needs, drafted in any language', () => {
    for (const language of PROPOSAL_LANGUAGES) {
      const scope = draftScope({ mobile: 'native-app' }, DEFAULT_RATE_CARD, { language });
      const nativeApps = TEXT_ROWS.find((r) => r.text('en') === 'Native mobile apps.')!.text(language);
      expect(scope.exclusions, language).toContain(nativeApps);
      expect(consistentTexts(scope, { mobile: 'native-app' }, 'en').exclusions, language).toContain('Native mobile apps.');
    }
  });

  it('drops a default line the scope contradicts whatever language the line and the item were written in', () => {
    const combined = [
      'Writing content, translating it and entering existing data.',
      'Das Verfassen von Inhalten, deren Übersetzung und die Erfassung vorhandener Daten.',
    ];
    const item = (id: string, title: string): Scope['items'][number] => ({ id, title, phase: 'Bouw', role: 'developer', low: 1, likely: 2, high: 3 });
    for (const titles of [
      ['Datenmigration aus dem Altsystem', 'Übersetzung der Website'],
      ['Reprise des données de l’ERP', 'Traduction du site'],
      ['Migración de datos del ERP', 'Traducción de la web'],
      ['Gegevensmigratie uit het oude systeem', 'Vertaling van de website'],
      ['การย้ายข้อมูลจากระบบเดิม', 'การแปลเว็บไซต์'],
    ]) {
      expect(deliveredBy(titles.map((t, i) => item(`x-${i}`, t))), titles[0]).toMatchObject({ translation: true, dataMigration: true });
      for (const line of combined)
        for (const language of PROPOSAL_LANGUAGES) {
          const scope = { items: titles.map((t, i) => item(`x-${i}`, t)), assumptions: [], exclusions: [line], clientResponsibilities: [] };
          expect(consistentTexts(scope, {}, language).exclusions, `${titles[0]} ${language}`).toEqual([
            TEXT_ROWS.find((r) => r.text('en') === 'Writing the product\u2019s content.')!.text(language),
          ]);
        }
    }
  });

  it('reads a typed title as the app itself or only the API it calls, in every language', () => {
    const app = (title: string): boolean => deliveredBy([{ id: 'x', title }]).nativeApp;
    for (const title of [
      'iOS app for drivers',
      'Native App für Fahrer',
      'Application mobile native',
      'Aplicación móvil para conductores',
      'Mobiele app voor chauffeurs',
      'แอปพลิเคชันมือถือสำหรับพนักงานขับรถ',
    ])
      expect(app(title), title).toBe(true);
    for (const title of [
      'API for a mobile app',
      'API für eine mobile App',
      'API pour une application mobile',
      'API para una aplicación móvil',
      'API voor een mobiele app',
      'API สำหรับแอปพลิเคชันมือถือ',
    ])
      expect(app(title), title).toBe(false);
  });

  it('labels the default payment stages and the tax in the language asked for, and the consultant’s as typed', () => {
    expect(paymentsOf({}, 'fr').map((p) => p.label)).toEqual(['À la signature', 'À la livraison de la version bêta', 'À la mise en production']);
    expect(paymentsOf({}).map((p) => p.label)).toEqual(['On signature', 'At the beta', 'At launch']);
    expect(priceWithTax(1000, { taxPercent: 21 }, 'nl').taxLabel).toBe('btw');
    expect(priceWithTax(1000, { taxPercent: 20, taxLabel: 'VAT (UK)' }, 'nl').taxLabel).toBe('VAT (UK)');
  });
});

describe('the drafted scope in the PDF', () => {
  requirePdfTools();
  const folder = tempFolder();
  afterAll(() => folder.remove());
  const requirements: Requirements = { projectKind: 'saas', adminPanel: true, auth: 'roles', integrations: ['Stripe'], teamSize: 2 };

  it('prints an English draft in German, French and Thai, read back from the PDF, and the consultant’s item as typed', async () => {
    const drafted = draftScope(requirements, DEFAULT_RATE_CARD);
    const scope: Scope = {
      ...drafted,
      startDate: '2026-04-06',
      items: [
        ...drafted.items,
        { id: 'custom-1', title: 'Kundenportal-Anbindung an Salesforce', phase: 'Build', role: 'developer', low: 1, likely: 2, high: 3 },
      ],
    };
    const expected: Partial<Record<ProposalLanguage, readonly string[]>> = {
      de: ['Verwaltungsoberfläche für Mitarbeitende', 'Anbindung: Stripe', 'Inbetriebnahme', 'Bei Vertragsunterzeichnung'],
      fr: ['Interface d’administration pour le personnel', 'Intégration : Stripe', 'Mise en production', 'À la signature'],
      th: ['ระบบหลังบ้านสำหรับเจ้าหน้าที่', 'การเปิดใช้งานจริง', 'เมื่อลงนามในสัญญา'],
    };
    for (const [language, texts] of Object.entries(expected) as [ProposalLanguage, readonly string[]][]) {
      const file = folder.write(`${language}.pdf`, (await renderProposal(modelOf(scope, requirements, language))).bytes);
      // Lines may break anywhere between words, and Thai has no spaces between them: compare without any white space.
      const text = pdfText(file).replace(/\s+/g, '');
      for (const words of [...texts, 'Kundenportal-Anbindung an Salesforce']) expect(text, `${language}: ${words}`).toContain(words.replace(/\s+/g, ''));
      for (const english of ['Staff back office', 'On signature']) expect(text, language).not.toContain(english.replace(/\s+/g, ''));
    }
  }, 60_000);
});

describe('what the framework choice costs, in the language asked for', () => {
  it('says what another framework would add, save or cost, with the plural of each language, English unchanged', () => {
    const add = { framework: 'flask' as const, days: 12.4, price: 660_000, rewriteDays: 36.67, rewriteFrom: 'django' as const };
    expect(describeFrameworkDelta(add, 'GBP', 'en-GB')).toBe(
      'Flask would add about 12 days (≈ £6,600.00), including about 37 days to rewrite the running Django application',
    );
    expect(describeFrameworkDelta(add, 'EUR', 'de-DE', 'de')).toBe(
      'Flask würde den Aufwand um etwa 12 Tage erhöhen (≈ 6.600,00\u00a0€), einschließlich etwa 37 Tagen für die Neuentwicklung der laufenden Django-Anwendung',
    );
    expect(describeFrameworkDelta({ framework: 'django', days: -1, price: -50_000 }, 'EUR', 'fr-FR', 'fr')).toBe(
      'Django économiserait environ 1 jour (≈ 500,00\u00a0€)',
    );
    expect(describeFrameworkDelta({ framework: 'django', days: -0.2, price: -50_000 }, 'EUR', 'es-ES', 'es')).toBe(
      'Django ahorraría menos de un día (≈ 500,00\u00a0€)',
    );
    expect(describeFrameworkDelta({ framework: 'flask', days: 2, price: -5000 }, 'EUR', 'nl-NL', 'nl')).toBe(
      'Flask zou ongeveer 2 dagen langer duren en €\u00a050,00 minder kosten',
    );
    expect(describeFrameworkDelta({ framework: 'fastapi', days: 0, price: 0 }, 'THB', 'th-TH', 'th')).toBe('FastAPI จะมีค่าใช้จ่ายใกล้เคียงกัน');
  });

  it('says why the recommended framework is worth more, the reason read on after the colon as each language writes it', () => {
    const comparison = { tier: 1, name: 'Standard', framework: 'django' as const, deltas: [{ framework: 'flask' as const, days: -3, price: -150_000 }] };
    const reasons = [{ framework: 'django' as const, effect: 3, text: 'Die Verwaltungsoberfläche ist eingebaut.' }];
    expect(whyRecommendedCostsMore(comparison, 'django', reasons, 'EUR', 'de-DE', 'de')).toBe(
      'Flask würde in der Umsetzung etwa 3 Tage (≈ 1.500,00\u00a0€) einsparen, dennoch empfehlen wir Django: Die Verwaltungsoberfläche ist eingebaut.',
    );
    const french = [{ framework: 'django' as const, effect: 3, text: 'L’administration est intégrée.' }];
    expect(whyRecommendedCostsMore(comparison, 'django', french, 'EUR', 'fr-FR', 'fr')).toMatch(
      /^Flask permettrait d’économiser environ 3 jours .+ mais nous recommandons Django\u00a0: l’administration est intégrée\.$/,
    );
  });
});
