// Varied projects in every proposal language: seeded requirements (every question, the project context, the client's
// features, the running application's size), the scope drafted in English or in the proposal's language, both
// editions. The model's sentences hold no English function word; what the consultant typed is in the proposal's
// language or a proper name, so every English word found is one the app wrote. The model is read, not rendered: the
// rendered text of the same sentences is checked by proposal-languages.test.ts.
import { describe, expect, it } from 'vitest';

import { DEFAULT_PROPOSAL_SETTINGS } from '../../shared/branding';
import { recommend, type Requirements } from '../../shared/engine';
import { BUDGET_RANGES, HOSTING_PREFERENCES, MOBILE_NEEDS } from '../../shared/engine/project-context';
import { EXISTING_SIZES, FEATURE_SIZES } from '../../shared/engine/requirements';
import { PROPOSAL_LANGUAGES, type ProposalLanguage } from '../../shared/i18n/language';
import { buildProposalModel } from '../../shared/proposal';
import { draftScope } from '../../shared/scope';
import { DEFAULT_RATE_CARD } from '../../shared/scope/schema';
import { seededRandom, variedRecords } from '../fixtures/records';
import { fuzzRuns, testSeed } from '../fixtures/runs';
import { assessmentOf, REVISION, SAMPLE_BRANDING, stringsOf } from '../proposal/fixtures';
import { englishLines } from './english-words';

/** Feature titles a consultant would type in the client's language (the app never translates them). */
const TYPED_FEATURES: Record<ProposalLanguage, readonly string[]> = {
  en: ['Timesheets', 'Invoices'],
  de: ['Zeiterfassung', 'Rechnungsstellung', 'Lagerverwaltung'],
  fr: ['Saisie des temps', 'Facturation', 'Gestion des stocks'],
  es: ['Registro de horas', 'Facturación', 'Gestión de inventario'],
  nl: ['Urenregistratie', 'Facturatie', 'Voorraadbeheer'],
  th: ['บันทึกเวลาทำงาน', 'ออกใบแจ้งหนี้', 'จัดการคลังสินค้า'],
};

function projectsOf(count: number, seed: number, language: ProposalLanguage): Requirements[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  return variedRecords(count, seed).map((record) => {
    const more: Requirements = { ...record };
    if (random() < 0.6) more.features = TYPED_FEATURES[language].filter(() => random() < 0.7).map((title) => ({ title, size: pick(FEATURE_SIZES) }));
    if (random() < 0.5) more.existingSize = pick(EXISTING_SIZES);
    if (random() < 0.6) more.budgetRange = pick(BUDGET_RANGES);
    if (random() < 0.5) more.hosting = pick(HOSTING_PREFERENCES);
    if (random() < 0.5) more.mobile = pick(MOBILE_NEEDS);
    if (random() < 0.5) more.targetDate = `2027-0${1 + Math.floor(random() * 9)}-15`;
    if (random() < 0.4) more.integrations = ['SAP', 'DATEV'].filter(() => random() < 0.7);
    if (random() < 0.4) more.personalData = random() < 0.7;
    return more;
  });
}

describe('varied projects in every language', () => {
  for (const language of PROPOSAL_LANGUAGES.filter((l) => l !== 'en')) {
    it(`leave no English in ${language} proposals`, () => {
      const seed = testSeed(`varied projects in ${language}`);
      const projects = projectsOf(fuzzRuns(40), seed, language);
      const failing = new Set<string>();
      for (const [i, requirements] of projects.entries()) {
        // Every other scope was drafted while the proposal was still English, then the language was switched.
        const scope = draftScope(requirements, DEFAULT_RATE_CARD, { language: i % 2 === 0 ? language : 'en' });
        for (const edition of ['client', 'internal'] as const) {
          const assessment = assessmentOf({ requirements, clientName: 'Kunde', projectTitle: 'Projekt', notes: '', consultant: 'Dana' });
          const model = buildProposalModel(assessment, recommend(requirements), { ...SAMPLE_BRANDING, companyName: 'Firma' }, REVISION, {
            edition,
            scope,
            settings: DEFAULT_PROPOSAL_SETTINGS,
            number: 'SW-2026-0001',
            language,
          });
          for (const line of englishLines(stringsOf(model.sections).join('\n'), language)) failing.add(`${edition}, project ${i}: ${line}`);
        }
      }
      expect([...failing].slice(0, 20), `English in ${language} proposals (seed ${seed})`).toEqual([]);
    });
  }
});
