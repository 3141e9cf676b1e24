// Realistic sample data for demos, screenshots and benchmarks: varied clients (many languages and scripts), every
// field varied, a few revisions each. Seeded, so the same seed gives the same data; written in batched transactions.
import { randomUUID } from 'node:crypto';

import type { Database } from 'better-sqlite3';

import { ASSESSMENT_STATUSES, type AssessmentFields, type AssessmentStatus, type Deal } from '../shared/assessment';
import { QUESTIONS, type Requirements } from '../shared/engine';
import { hasDealColumn, insertAssessmentRow } from './assessments';
import { linkClient } from './clients';
import { appendRevisions } from './revisions';
import { statement } from './statements';

const CLIENTS: readonly { name: string; industry: string; contact: string }[] = [
  { name: "Zoë's Bakery", industry: 'Food and drink', contact: 'Zoë Laurent' },
  { name: 'Müller & Söhne GmbH', industry: 'Manufacturing', contact: 'Jürgen Müller' },
  { name: 'Café Łódź Sp. z o.o.', industry: 'Hospitality', contact: 'Łukasz Wójcik' },
  { name: 'Åkerlund Logistik AB', industry: 'Logistics', contact: 'Åsa Åkerlund' },
  { name: 'Núñez Arquitectos', industry: 'Architecture', contact: 'Begoña Núñez' },
  { name: 'São Paulo Fintech Ltda', industry: 'Finance', contact: 'João Conceição' },
  { name: 'Ørsted Rådgivning ApS', industry: 'Consulting', contact: 'Søren Ørsted' },
  { name: 'Þórsson Fiskur ehf', industry: 'Fisheries', contact: 'Þóra Þórsdóttir' },
  { name: 'Çelik Yazılım A.Ş.', industry: 'Software', contact: 'Gülşen Çelik' },
  { name: 'Dvořák Audio s.r.o.', industry: 'Media', contact: 'Tereza Dvořáková' },
  { name: 'Crème Brûlée Catering', industry: 'Food and drink', contact: 'Hélène Lefèvre' },
  { name: 'Zürich Versicherungs-Tech', industry: 'Insurance', contact: 'Reto Zürcher' },
  { name: 'Jyväskylä Energia Oy', industry: 'Energy', contact: 'Päivi Mäkelä' },
  { name: 'Tallinn Öö OÜ', industry: 'Travel', contact: 'Tõnu Õunapuu' },
  { name: 'Nguyễn Logistics', industry: 'Logistics', contact: 'Nguyễn Thị Hương' },
  { name: 'Ελληνικά Τρόφιμα Α.Ε.', industry: 'Food and drink', contact: 'Γιώργος Παπαδόπουλος' },
  { name: 'Αθηνά Λογισμικό', industry: 'Software', contact: 'Ελένη Νικολάου' },
  { name: 'Московский Технопарк', industry: 'Real estate', contact: 'Анна Смирнова' },
  { name: 'ООО «Северный Ветер»', industry: 'Energy', contact: 'Дмитрий Волков' },
  { name: 'Київ Агро', industry: 'Agriculture', contact: 'Олена Коваленко' },
  { name: 'Софийска Медицина', industry: 'Healthcare', contact: 'Мария Иванова' },
  { name: '東京データ株式会社', industry: 'Analytics', contact: '田中 花子' },
  { name: '株式会社さくらシステム', industry: 'Software', contact: '佐藤 健' },
  { name: '北京云图科技有限公司', industry: 'Mapping', contact: '王伟' },
  { name: '上海花园餐饮', industry: 'Hospitality', contact: '李娜' },
  { name: '서울 디지털 랩', industry: 'Media', contact: '김민준' },
  { name: '한빛 소프트', industry: 'Games', contact: '이서연' },
  { name: 'شركة الرياض للتقنية', industry: 'Software', contact: 'سارة العتيبي' },
  { name: 'תל אביב סטודיו', industry: 'Design', contact: 'נועה כהן' },
  { name: 'मुंबई फ़िनटेक', industry: 'Finance', contact: 'प्रिया शर्मा' },
  { name: 'กรุงเทพ ดิจิทัล', industry: 'Retail', contact: 'สมชาย ใจดี' },
  { name: 'Acme Corporation', industry: 'Retail', contact: 'Wile Coyote' },
  { name: 'Northwind Traders', industry: 'Wholesale', contact: 'Nancy Davolio' },
  { name: 'Contoso Health', industry: 'Healthcare', contact: 'Dr. Amara Okafor' },
  { name: 'Fabrikam Retail', industry: 'Retail', contact: 'Kenji Watanabe' },
  { name: "O'Reilly & Partners", industry: 'Legal', contact: "Siobhán O'Reilly" },
  { name: 'Blue Yonder Airlines', industry: 'Travel', contact: 'Carlos Mendes' },
  { name: 'Kraków Games', industry: 'Games', contact: 'Agnieszka Zając' },
  { name: 'Ålesund Seafood AS', industry: 'Fisheries', contact: 'Bjørn Håland' },
  { name: 'Piña Colada Resorts', industry: 'Travel', contact: 'Mariña Ibáñez' },
  { name: 'Riverside City Council', industry: 'Public sector', contact: 'Tom Bennett' },
  { name: 'Greenleaf Charity Trust', industry: 'Non-profit', contact: 'Aisha Rahman' },
];

const TITLES: Record<string, readonly string[]> = {
  'web-app': ['Customer portal', 'Booking system', 'Staff scheduling app', 'Member area relaunch'],
  'content-platform': ['Magazine website', 'Knowledge base', 'Recipe platform', 'News archive'],
  ecommerce: ['Online shop relaunch', 'B2B ordering portal', 'Marketplace MVP', 'Subscription box shop'],
  saas: ['Multi-tenant CRM', 'Invoicing SaaS', 'Fleet tracking product', 'Survey platform'],
  'data-tool': ['Sales analytics dashboard', 'Data quality checker', 'Forecasting tool', 'Report builder'],
  'api-service': ['Payments API', 'Public open-data API', 'Partner integration API', 'Mobile app backend'],
  microservice: ['Notification service', 'Pricing microservice', 'Image resizing service', 'Search indexer'],
  prototype: ['Investor demo', 'Hackathon prototype', 'Proof of concept for AI triage', 'Clickable pilot'],
  other: ['Internal tooling', 'Legacy migration', 'Kiosk software', 'Research platform'],
};

const NOTES = [
  'The client wants a first release before the trade fair in spring.',
  'Their IT department prefers PostgreSQL and runs everything on Linux.',
  'Budget is tight; they asked twice about hosting costs.',
  'Two in-house developers will take over maintenance after launch.',
  'Existing data lives in spreadsheets and an old Access database.',
  'Accessibility (WCAG 2.1 AA) is a legal requirement for them.',
  'They expect traffic peaks during the holiday season.',
  'Single sign-on with their Microsoft 365 accounts came up.',
  'The marketing team must be able to edit pages without a developer.',
  'Mobile apps will follow next year and need the same API.',
  'GDPR: personal data must stay in the EU.',
  'They had a bad experience with a previous agency and want weekly demos.',
  'Réunion de suivi prévue la semaine prochaine avec la direction.',
  'Ansprechpartner ist ab Mitte des Monats im Urlaub.',
  '下周再开一次需求讨论会。',
  'Нужна интеграция с 1С.',
];

const CONSULTANTS = ['Alex Morgan', 'Priya Raman', 'José Álvarez', 'Léa Dubois', 'Chen Wei', 'Olena Kovalenko', "Sam O'Neill", 'Ingrid Solberg'];

/** mulberry32: a small seeded PRNG, so demo data (and test fixtures) are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DemoAssessment {
  fields: AssessmentFields;
  client: (typeof CLIENTS)[number];
  createdAt: Date;
  updatedAt: Date;
  /** Oldest first; the last is the current content. */
  revisions: { requirements: Requirements; notes: string; at: Date }[];
}

function answer(random: () => number, question: (typeof QUESTIONS)[number]): unknown {
  if (question.kind === 'boolean') return random() < 0.5;
  if (question.kind === 'choice') return question.options[Math.floor(random() * question.options.length)]!.value;
  if (question.field === 'teamSize') return 1 + Math.floor(random() * random() * 40);
  return Math.floor(10 ** (1 + random() * 6));
}

const DECLINE_REASONS = ['Budget moved to next year', 'Chose another vendor', 'Project cancelled', 'Too expensive', 'Timeline too long'];
const SIGNERS = ['Anna Berg', 'Jürgen Müller', 'Łukasz Wójcik', 'Zoë Laurent', '田中 花子', 'Γιώργος Παπαδόπουλος'];

/**
 * The deal of a demo assessment that left the workshop: sent ones stay valid for 1 to 30 days after `now` (so the first
 * start expires none of them), decided ones were sent 3 to 20 days before their last update and decided then. Values
 * are plausible amounts, not priced from a scope (demo assessments have none). Drawn from its own random stream, so
 * the rest of the demo is the same for a seed whatever the deals are.
 */
function demoDeal(status: AssessmentStatus, random: () => number, updatedAt: Date, now: Date): Deal | undefined {
  if (status === 'draft' || status === 'final') return undefined;
  const day = 24 * 60 * 60 * 1000;
  const value = (8_000 + Math.floor(random() * random() * 240_000)) * 100;
  const currency = random() < 0.6 ? 'GBP' : 'EUR';
  const date = (t: number): string => new Date(t).toISOString().slice(0, 10);
  if (status === 'sent') return { sentAt: updatedAt.toISOString(), validUntil: date(now.getTime() + (1 + Math.floor(random() * 30)) * day), value, currency };
  const sentAt = updatedAt.getTime() - (3 + Math.floor(random() * 18)) * day;
  const deal: Deal = { sentAt: new Date(sentAt).toISOString(), validUntil: date(sentAt + 30 * day), decidedAt: updatedAt.toISOString(), value, currency };
  if (status === 'accepted') return { ...deal, acceptedTier: 1, acceptedBy: SIGNERS[Math.floor(random() * SIGNERS.length)]! };
  if (status === 'declined' && random() < 0.8) return { ...deal, declineReason: DECLINE_REASONS[Math.floor(random() * DECLINE_REASONS.length)]! };
  return deal;
}

/** A generator of varied, plausible assessments; deterministic for a seed and a reference time. */
export function demoAssessments(seed: number, now: Date): () => DemoAssessment {
  const random = seededRandom(seed);
  const dealRandom = seededRandom(seed ^ 0x5eed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const day = 24 * 60 * 60 * 1000;
  return () => {
    const requirements: Record<string, unknown> = {};
    for (const question of QUESTIONS) if (random() < 0.8) requirements[question.field] = answer(random, question);
    if (random() < 0.2) requirements.notes = pick(NOTES);
    const kind = typeof requirements.projectKind === 'string' ? requirements.projectKind : 'other';
    const client = pick(CLIENTS);
    const notes = Array.from({ length: Math.floor(random() * 4) }, () => pick(NOTES)).join(' ');
    const createdAt = new Date(now.getTime() - Math.floor(random() * 540 * day));
    const updatedAt = new Date(Math.min(now.getTime(), createdAt.getTime() + Math.floor(random() * random() * 40 * day)));
    const revisions: DemoAssessment['revisions'] = [];
    const extra = Math.floor(random() * random() * 4);
    for (let i = 0; i < extra; i++) {
      // Earlier states differ by an answer or two, the way a workshop revises its first guesses.
      const earlier: Record<string, unknown> = { ...requirements };
      for (let c = 0; c < 1 + Math.floor(random() * 2); c++) {
        const question = pick(QUESTIONS);
        if (random() < 0.3) delete earlier[question.field];
        else earlier[question.field] = answer(random, question);
      }
      const at = new Date(createdAt.getTime() + ((updatedAt.getTime() - createdAt.getTime()) * i) / (extra + 1));
      revisions.push({ requirements: earlier, notes: i === 0 ? '' : notes, at });
    }
    revisions.push({ requirements: requirements, notes, at: updatedAt });
    // Drawn in the order the fields were always drawn in, so a seed gives the same assessments as before deals existed.
    const projectTitle = pick(TITLES[kind] ?? TITLES.other!);
    const consultant = pick(CONSULTANTS);
    const status = random() < 0.5 ? 'draft' : pick(ASSESSMENT_STATUSES);
    const deal = demoDeal(status, dealRandom, updatedAt, now);
    const fields: AssessmentFields = {
      clientName: client.name,
      projectTitle,
      consultant,
      status,
      requirements: requirements,
      notes,
      ...(deal === undefined ? {} : { deal }),
    };
    return { fields, client, createdAt, updatedAt, revisions };
  };
}

export interface DemoOptions {
  count: number;
  seed?: number;
  now?: Date;
  /** Assessments per transaction. */
  batchSize?: number;
  /** Called after each batch with how many are written so far. */
  onProgress?: (written: number, total: number) => void;
}

/** The fields as a schema before deals held them: the status a decided proposal had then (sent), and no deal. */
function withoutDeal(fields: AssessmentFields): AssessmentFields {
  const { deal: _deal, ...rest } = fields;
  return { ...rest, status: fields.status === 'draft' || fields.status === 'final' ? fields.status : 'sent' };
}

/** Writes `count` demo assessments (with revisions and client details) in batched transactions; returns their ids. */
export function insertDemoAssessments(db: Database, options: DemoOptions): string[] {
  const now = options.now ?? new Date();
  const next = demoAssessments(options.seed ?? Date.now() % 2 ** 31, now);
  const batchSize = Math.max(1, options.batchSize ?? 500);
  const ids: string[] = [];
  // A database at a schema before deals (migration 12; the upgrade tests fill one) takes the statuses it knew, no deal.
  const deals = hasDealColumn(db);
  const writeBatch = db.transaction((size: number) => {
    for (let i = 0; i < size; i++) {
      const demo = next();
      if (!deals) demo.fields = withoutDeal(demo.fields);
      const id = randomUUID();
      const last = demo.revisions.length;
      const recommendation = insertAssessmentRow(
        db,
        demo.fields,
        { id, createdAt: demo.createdAt.toISOString(), updatedAt: demo.updatedAt.toISOString(), revision: last },
        now,
      );
      const states = demo.revisions.map((revision, index) => {
        const at = revision.at.toISOString();
        return { number: index + 1, fields: { ...demo.fields, requirements: revision.requirements, notes: revision.notes }, createdAt: at, updatedAt: at };
      });
      appendRevisions(db, id, states, { parent: null, sealed: false, lastRecommendation: recommendation });
      const clientId = linkClient(db, demo.client.name, now);
      statement(db, `UPDATE clients SET contact_person = ?, industry = ?, email = ? WHERE id = ? AND contact_person = ''`).run(
        demo.client.contact,
        demo.client.industry,
        `contact${Math.abs(demo.client.name.length * 7919) % 1000}@example.com`,
        clientId,
      );
      ids.push(id);
    }
  });
  while (ids.length < options.count) {
    writeBatch.immediate(Math.min(batchSize, options.count - ids.length));
    options.onProgress?.(ids.length, options.count);
  }
  return ids;
}
