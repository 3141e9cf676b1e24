// Effort knowledge: one row per work item a scope may start with, its condition on the answers, three-point days per
// framework, the role and phase, and the sentence on why the frameworks differ. Data only; draft.ts applies it.
// The "Why:" notes follow the argument summarised in shared/README.md, "Why the rules weigh what they do".
// Titles, descriptions, the reasons and phase names are message ids (messages/scope/<language>.json): the rows hold
// facts, the messages hold the sentences in every proposal language.
import type { Condition } from '../engine/knowledge';
import type { Framework } from '../engine/requirements';
import * as m from '../i18n/paraglide/messages';
import type { ThreePoint } from './schema';
import type { ScaleDriver } from './sizing';
import { type Message, worded, type Wording, type Words, words } from './words';

/** An engine condition, optionally also holding when the question is unanswered (so a draft errs on including work). */
export type WorkCondition = Condition & { orUnanswered?: boolean };
export type WorkWhen = 'always' | { all: readonly WorkCondition[] } | { any: readonly WorkCondition[] };

export interface WorkItemRule {
  /** Becomes the drafted item's id. */
  id: string;
  /**
   * The drafted title, the description (what the client gets, in a sentence) and the reason the days differ between
   * frameworks (or why they do not), in every proposal language.
   */
  text: Wording & { why: Words };
  /** The English title and description: what an older scope holds, and how a drafted text is told from an edited one. */
  title: string;
  description: string;
  phase: Phase;
  /** A role id of the default rate card (shared/scope/schema.ts). */
  role: 'developer' | 'senior-developer' | 'designer';
  when: WorkWhen;
  days: Record<Framework, ThreePoint>;
  /** The reason in English. */
  why: string;
  /** An add-on rather than committed work: always, or only when these answers hold. */
  optional?: boolean | WorkWhen;
  /** The row does not apply when any of these holds (a demo for hours needs no handover). */
  unless?: readonly WorkCondition[];
  /** Other days for some frameworks when the answers say so; the first variant that applies wins. */
  variants?: readonly { when: WorkWhen; days: Partial<Record<Framework, ThreePoint>> }[];
  /**
   * A framework's days hold only when its suggested stack (shared/engine/stack.ts) lists this package; without it, the
   * `handBuilt` days count. The price and the recommendation then rest on the same facts.
   */
  configuredBy?: Partial<Record<Framework, string>>;
  handBuilt?: Partial<Record<Framework, ThreePoint>>;
  /** What the days grow with (shared/scope/sizing.ts). */
  scales?: readonly ScaleDriver[];
  /** When the work extends a running application: `omit` (it already has this), `share` (part of the days: extending it). */
  extending?: 'omit' | 'share';
  /** Drafted only while no features are listed: a placeholder for the product's own work. */
  placeholder?: boolean;
}

/** Phases in delivery order; a draft lists items in this order, so its phases appear in it too. */
export const PHASES = ['Discovery', 'Foundations', 'Build', 'Quality', 'Launch'] as const;
export type Phase = (typeof PHASES)[number];

/** Each phase's name in every proposal language (the English one is the phase's id above). */
export const PHASE_NAMES: Readonly<Record<Phase, Words>> = {
  Discovery: words(m.scope_phase_discovery),
  Foundations: words(m.scope_phase_foundations),
  Build: words(m.scope_phase_build),
  Quality: words(m.scope_phase_quality),
  Launch: words(m.scope_phase_launch),
};

/**
 * Names earlier versions drafted a phase by, still recognised as that phase (shared/scope/in-language.ts): German and
 * Thai named the quality phase as the proposal names its quality-assurance line, so the client read two lines alike.
 */
export const FORMER_PHASE_NAMES: Readonly<Partial<Record<Phase, readonly string[]>>> = {
  Quality: ['Qualitätssicherung', 'การประกันคุณภาพ'],
};

const same = (low: number, likely: number, high: number): Record<Framework, ThreePoint> => ({
  django: { low, likely, high },
  flask: { low, likely, high },
  fastapi: { low, likely, high },
});
const d = (low: number, likely: number, high: number): ThreePoint => ({ low, likely, high });

const hasUi: WorkCondition = { field: 'userInterface', is: ['server-rendered', 'spa-frontend'], orUnanswered: true };
const noDatabase: WorkWhen = { all: [{ field: 'dataModel', is: ['none'] }] };
const noLoginPages: WorkWhen = { all: [{ field: 'userInterface', is: ['spa-frontend', 'none'] }] };
const shortLived: WorkCondition = { field: 'lifetime', is: ['hours', 'weeks'] };

const reasoned = (title: Message, description: Message, why: Message): WorkItemRule['text'] => ({ ...worded(title, description), why: words(why) });

const ROWS: readonly Omit<WorkItemRule, 'title' | 'description' | 'why'>[] = [
  {
    id: 'discovery',
    text: reasoned(m.scope_item_discovery_title, m.scope_item_discovery_description, m.scope_item_discovery_why),
    phase: 'Discovery',
    role: 'senior-developer',
    when: 'always',
    days: same(1.5, 2.5, 4),
    scales: ['volume', 'rigour'],
  },
  // Why: a Django project starts with structure, settings and security middleware in place; Flask leaves the layout to the team.
  {
    id: 'project-setup',
    text: reasoned(m.scope_item_project_setup_title, m.scope_item_project_setup_description, m.scope_item_project_setup_why),
    phase: 'Foundations',
    role: 'developer',
    when: 'always',
    days: { django: d(0.5, 1, 2), flask: d(1, 2, 3), fastapi: d(1, 1.5, 2.5) },
    // Without a database there is nothing for Flask to choose and wire: a few files and a route.
    variants: [{ when: noDatabase, days: { flask: d(0.25, 0.75, 1.5), fastapi: d(0.25, 0.75, 1.5) } }],
    extending: 'omit',
    scales: ['rigour'],
  },
  // Why: Flask must choose and configure SQLAlchemy and a migration tool such as Alembic before product work begins.
  {
    id: 'data-layer',
    text: reasoned(m.scope_item_data_layer_title, m.scope_item_data_layer_description, m.scope_item_data_layer_why),
    phase: 'Foundations',
    role: 'developer',
    when: { all: [{ field: 'dataModel', is: ['simple', 'relational', 'complex'], orUnanswered: true }] },
    days: { django: d(0.25, 0.5, 1), flask: d(2, 3, 5), fastapi: d(1.5, 2.5, 4) },
    extending: 'omit',
    scales: ['rigour'],
  },
  {
    id: 'data-model-simple',
    text: reasoned(m.scope_item_data_model_simple_title, m.scope_item_data_model_simple_description, m.scope_item_data_model_simple_why),
    phase: 'Foundations',
    role: 'developer',
    when: { all: [{ field: 'dataModel', is: ['simple'] }] },
    days: { django: d(1.5, 2.5, 4), flask: d(2, 3, 5), fastapi: d(2, 3, 5) },
    scales: ['volume', 'rigour'],
    extending: 'share',
  },
  {
    id: 'data-model-relational',
    text: reasoned(m.scope_item_data_model_relational_title, m.scope_item_data_model_relational_description, m.scope_item_data_model_relational_why),
    phase: 'Foundations',
    role: 'senior-developer',
    when: { all: [{ field: 'dataModel', is: ['relational'], orUnanswered: true }] },
    days: { django: d(4, 6, 9), flask: d(5, 8, 12), fastapi: d(5, 8, 12) },
    scales: ['volume', 'rigour'],
    extending: 'share',
  },
  {
    id: 'data-model-complex',
    text: reasoned(m.scope_item_data_model_complex_title, m.scope_item_data_model_complex_description, m.scope_item_data_model_complex_why),
    phase: 'Foundations',
    role: 'senior-developer',
    when: { all: [{ field: 'dataModel', is: ['complex'] }] },
    days: { django: d(8, 12, 18), flask: d(10, 15, 24), fastapi: d(10, 15, 24) },
    scales: ['volume', 'rigour'],
    extending: 'share',
  },
  // Why: the built-in authentication handles registration, login, logout, resets and permissions; doing it by hand takes days.
  {
    id: 'accounts',
    text: reasoned(m.scope_item_accounts_title, m.scope_item_accounts_description, m.scope_item_accounts_why),
    phase: 'Foundations',
    role: 'developer',
    when: { all: [{ field: 'auth', is: ['basic'] }] },
    days: { django: d(1, 1.5, 2.5), flask: d(3, 5, 8), fastapi: d(3, 5, 8) },
    // Django's saving is mostly its login, logout and reset pages; behind an API or a separate front end they go unused.
    variants: [{ when: noLoginPages, days: { django: d(2.5, 4, 6) } }],
    extending: 'share',
    scales: ['rigour'],
  },
  {
    id: 'accounts-permissions',
    text: reasoned(m.scope_item_accounts_permissions_title, m.scope_item_accounts_permissions_description, m.scope_item_accounts_permissions_why),
    phase: 'Foundations',
    role: 'senior-developer',
    when: { all: [{ field: 'auth', is: ['roles'] }] },
    days: { django: d(2, 3, 5), flask: d(6, 9, 14), fastapi: d(6, 9, 14) },
    variants: [{ when: noLoginPages, days: { django: d(4, 6.5, 10) } }],
    extending: 'share',
    scales: ['rigour'],
  },
  // Why: the admin replaces what would take weeks of custom development.
  {
    id: 'back-office',
    text: reasoned(m.scope_item_back_office_title, m.scope_item_back_office_description, m.scope_item_back_office_why),
    phase: 'Build',
    role: 'developer',
    when: { all: [{ field: 'adminPanel', is: [true] }] },
    days: { django: d(2, 4, 6), flask: d(4, 6, 10), fastapi: d(4, 7, 11) },
    // Priced by what the suggested stack uses: configured from a package when it lists one, hand-built otherwise.
    configuredBy: { django: 'Django', flask: 'Flask-Admin', fastapi: 'SQLAdmin' },
    handBuilt: { flask: d(12, 20, 30), fastapi: d(12, 20, 30) },
    scales: ['volume', 'rigour'],
    extending: 'share',
  },
  {
    id: 'api',
    text: reasoned(m.scope_item_api_title, m.scope_item_api_description, m.scope_item_api_why),
    phase: 'Build',
    role: 'developer',
    when: {
      any: [
        { field: 'userInterface', is: ['spa-frontend', 'none'] },
        { field: 'projectKind', is: ['api-service', 'microservice'] },
        { field: 'apiDocs', is: [true] },
      ],
    },
    days: { django: d(4, 6, 10), flask: d(4, 6, 10), fastapi: d(3, 5, 8) },
    scales: ['volume', 'rigour'],
    extending: 'share',
  },
  // Why (FastAPI; shared/README.md, "Why the rules weigh what they do"): documentation is generated from the typed code.
  {
    id: 'api-docs',
    text: reasoned(m.scope_item_api_docs_title, m.scope_item_api_docs_description, m.scope_item_api_docs_why),
    phase: 'Build',
    role: 'developer',
    when: { all: [{ field: 'apiDocs', is: [true] }] },
    days: { django: d(1, 2, 3), flask: d(1.5, 2.5, 4), fastapi: d(0.25, 0.5, 1) },
    scales: ['volume', 'rigour'],
    extending: 'share',
  },
  {
    id: 'realtime',
    text: reasoned(m.scope_item_realtime_title, m.scope_item_realtime_description, m.scope_item_realtime_why),
    phase: 'Build',
    role: 'senior-developer',
    when: { all: [{ field: 'concurrency', is: ['realtime'] }] },
    days: { django: d(4, 6, 10), flask: d(5, 8, 12), fastapi: d(3, 5, 8) },
  },
  {
    id: 'concurrent-io',
    text: reasoned(m.scope_item_concurrent_io_title, m.scope_item_concurrent_io_description, m.scope_item_concurrent_io_why),
    phase: 'Build',
    role: 'senior-developer',
    when: { all: [{ field: 'concurrency', is: ['high-async'] }] },
    days: { django: d(3, 5, 8), flask: d(3, 5, 8), fastapi: d(2, 3, 5) },
  },
  // Why (FastAPI; shared/README.md, "Why the rules weigh what they do"): request and response schemas come from the code.
  {
    id: 'model-serving',
    text: reasoned(m.scope_item_model_serving_title, m.scope_item_model_serving_description, m.scope_item_model_serving_why),
    phase: 'Build',
    role: 'senior-developer',
    when: { all: [{ field: 'mlWork', is: ['model-serving'] }] },
    days: { django: d(4, 6, 10), flask: d(4, 6, 10), fastapi: d(3, 4.5, 7) },
  },
  {
    id: 'data-pipelines',
    text: reasoned(m.scope_item_data_pipelines_title, m.scope_item_data_pipelines_description, m.scope_item_data_pipelines_why),
    phase: 'Build',
    role: 'senior-developer',
    when: { all: [{ field: 'mlWork', is: ['data-pipelines'] }] },
    days: same(5, 8, 13),
  },
  // Why (Django; shared/README.md): the admin logs changes made through it, and its permissions are built in.
  {
    id: 'audit-trail',
    text: reasoned(m.scope_item_audit_trail_title, m.scope_item_audit_trail_description, m.scope_item_audit_trail_why),
    phase: 'Build',
    role: 'senior-developer',
    when: { all: [{ field: 'regulatedData', is: [true] }] },
    days: { django: d(3, 5, 8), flask: d(5, 8, 12), fastapi: d(5, 8, 12) },
  },
  {
    id: 'services',
    text: reasoned(m.scope_item_services_title, m.scope_item_services_description, m.scope_item_services_why),
    phase: 'Foundations',
    role: 'senior-developer',
    when: { all: [{ field: 'architecture', is: ['microservices'] }] },
    days: { django: d(5, 8, 12), flask: d(3, 5, 8), fastapi: d(3, 5, 8) },
    scales: ['volume', 'rigour'],
  },
  {
    id: 'design',
    text: reasoned(m.scope_item_design_title, m.scope_item_design_description, m.scope_item_design_why),
    phase: 'Build',
    role: 'designer',
    when: { all: [hasUi] },
    days: same(2, 3, 5),
    scales: ['volume', 'rigour', 'reach'],
    extending: 'share',
  },
  {
    id: 'pages',
    text: reasoned(m.scope_item_pages_title, m.scope_item_pages_description, m.scope_item_pages_why),
    phase: 'Build',
    role: 'developer',
    when: { all: [{ field: 'userInterface', is: ['server-rendered'] }] },
    days: { django: d(3, 5, 8), flask: d(4, 6, 9), fastapi: d(5, 8, 12) },
    scales: ['volume', 'rigour'],
    extending: 'share',
  },
  {
    id: 'front-end',
    text: reasoned(m.scope_item_front_end_title, m.scope_item_front_end_description, m.scope_item_front_end_why),
    phase: 'Build',
    role: 'developer',
    when: { all: [{ field: 'userInterface', is: ['spa-frontend'] }] },
    days: same(5, 8, 13),
    scales: ['volume', 'rigour'],
    extending: 'share',
  },
  {
    id: 'features-prototype',
    text: reasoned(m.scope_item_features_prototype_title, m.scope_item_features_prototype_description, m.scope_item_features_prototype_why),
    phase: 'Build',
    role: 'developer',
    when: { all: [{ field: 'projectKind', is: ['prototype'] }] },
    days: { django: d(3, 5, 8), flask: d(2, 4, 6), fastapi: d(2, 4, 6) },
    placeholder: true,
  },
  {
    id: 'features-service',
    text: reasoned(m.scope_item_features_service_title, m.scope_item_features_service_description, m.scope_item_features_service_why),
    phase: 'Build',
    role: 'developer',
    when: { all: [{ field: 'projectKind', is: ['api-service', 'microservice'] }] },
    days: same(5, 8, 12),
    placeholder: true,
  },
  {
    id: 'features-product',
    text: reasoned(m.scope_item_features_product_title, m.scope_item_features_product_description, m.scope_item_features_product_why),
    phase: 'Build',
    role: 'developer',
    when: { all: [{ field: 'projectKind', is: ['web-app', 'content-platform', 'ecommerce', 'saas', 'data-tool', 'other'], orUnanswered: true }] },
    days: same(10, 15, 25),
    placeholder: true,
  },
  // Why: every Django project follows the same layout, so tests live where everyone expects them.
  {
    id: 'test-suite',
    text: reasoned(m.scope_item_test_suite_title, m.scope_item_test_suite_description, m.scope_item_test_suite_why),
    phase: 'Quality',
    role: 'developer',
    when: 'always',
    days: { django: d(2, 3, 5), flask: d(2.5, 4, 6), fastapi: d(2, 3, 5) },
    variants: [{ when: noDatabase, days: { flask: d(2, 3, 5) } }],
    scales: ['volume', 'life'],
    extending: 'share',
  },
  {
    id: 'load-testing',
    text: reasoned(m.scope_item_load_testing_title, m.scope_item_load_testing_description, m.scope_item_load_testing_why),
    phase: 'Quality',
    role: 'senior-developer',
    when: { all: [{ field: 'expectedUsers', atLeast: 10000 }] },
    days: same(2, 3, 5),
    optional: true,
  },
  {
    id: 'deployment',
    text: reasoned(m.scope_item_deployment_title, m.scope_item_deployment_description, m.scope_item_deployment_why),
    phase: 'Launch',
    role: 'developer',
    when: 'always',
    days: same(2, 3, 5),
    scales: ['life', 'reach'],
    extending: 'omit',
  },
  // Why: conventions make any Django project familiar to newcomers and cut onboarding time.
  {
    id: 'handover',
    text: reasoned(m.scope_item_handover_title, m.scope_item_handover_description, m.scope_item_handover_why),
    phase: 'Launch',
    role: 'developer',
    when: {
      any: [
        { field: 'teamTurnover', is: ['high'] },
        { field: 'lifetime', is: ['years'] },
      ],
    },
    days: { django: d(1, 1.5, 2), flask: d(2, 3, 4), fastapi: d(1.5, 2.5, 3.5) },
    // Without a database a Flask or FastAPI app is a few modules: there is little layout to explain.
    variants: [{ when: noDatabase, days: { flask: d(1, 1.5, 2), fastapi: d(1, 1.5, 2) } }],
    unless: [shortLived],
    scales: ['volume'],
    extending: 'share',
  },
  {
    id: 'monitoring',
    text: reasoned(m.scope_item_monitoring_title, m.scope_item_monitoring_description, m.scope_item_monitoring_why),
    phase: 'Launch',
    role: 'developer',
    when: { all: [{ field: 'lifetime', is: ['months', 'years'], orUnanswered: true }] },
    days: same(1, 2, 3),
    // Software that must run for years cannot go without it; for some months it is the client's choice.
    optional: { all: [{ field: 'lifetime', is: ['months'], orUnanswered: true }] },
    extending: 'omit',
    scales: ['reach'],
  },
  {
    id: 'support-plan',
    text: reasoned(m.scope_item_support_plan_title, m.scope_item_support_plan_description, m.scope_item_support_plan_why),
    phase: 'Launch',
    role: 'senior-developer',
    when: { all: [{ field: 'lifetime', is: ['years'] }] },
    days: same(1, 2, 3),
    extending: 'omit',
    scales: ['reach'],
  },
];

export const WORK_ITEMS: readonly WorkItemRule[] = ROWS.map((row) => ({
  ...row,
  title: row.text.title('en'),
  description: row.text.description('en'),
  why: row.text.why('en'),
}));

const en = { locale: 'en' } as const;

/** The first drafts' default texts (English), kept for readers of this module; drafts now take theirs from default-texts.ts, by the answers. */
export const DEFAULT_ASSUMPTIONS: readonly string[] = [
  m.scope_assumption_days({}, en),
  m.scope_assumption_feedback({}, en),
  m.scope_assumption_third_party({}, en),
  m.scope_assumption_cloud({}, en),
];

export const DEFAULT_EXCLUSIONS: readonly string[] = [
  m.scope_exclusion_native_apps({}, en),
  m.scope_exclusion_combined({}, en),
  m.scope_exclusion_fees({}, en),
  m.scope_exclusion_support({}, en),
];

export const DEFAULT_CLIENT_RESPONSIBILITIES: readonly string[] = [
  m.scope_responsibility_product_owner({}, en),
  m.scope_responsibility_content({}, en),
  m.scope_responsibility_access({}, en),
  m.scope_responsibility_acceptance({}, en),
];
