// The engine's words, looked up by id: each rule, trade-off, question, answer and section names its message in
// messages/engine/<language>.json, compiled by Paraglide JS into one function per text that takes its language per
// call. Lookups only: the tables (knowledge.ts, requirements.ts, project-context.ts) keep ids and facts, never words.
// Every reference here is static (`m.engine_...`), so a bundler keeps only the engine's own messages.
import type { ProposalLanguage } from '../i18n/language';
import * as m from '../i18n/paraglide/messages';
import type { ContextField } from './project-context';
import type { AnswerField, QuestionSection } from './requirements';

/** A message without inputs. */
export type Text = (inputs: Record<string, never>, options: { locale: ProposalLanguage }) => string;

export interface QuestionText {
  label: Text;
  help: Text;
  options?: Readonly<Record<string, Text>>;
}

/** A message without inputs, in `language`. */
export function say(text: Text, language: ProposalLanguage): string {
  return text({}, { locale: language });
}

/** English numbers as the engine has always printed them (1,000); other languages by their own conventions. */
export function numberLocale(language: ProposalLanguage): string {
  return language === 'en' ? 'en-US' : language;
}

/** Intl formatters are costly to make and cheap to reuse: one per language and kind. */
const FORMATTERS = new Map<string, Intl.ListFormat | Intl.PluralRules>();
function formatter<T extends Intl.ListFormat | Intl.PluralRules>(key: string, make: () => T): T {
  let made = FORMATTERS.get(key) as T | undefined;
  if (made === undefined) {
    made = make();
    FORMATTERS.set(key, made);
  }
  return made;
}

/** "a, b and c" in `language` (British English keeps the engine's English without a serial comma). */
export function listAnd(items: readonly string[], language: ProposalLanguage): string {
  const list = formatter(`and:${language}`, () => new Intl.ListFormat(language === 'en' ? 'en-GB' : language, { type: 'conjunction' }));
  return list.format(items);
}

/** "a, b or c" in `language`. */
export function listOr(items: readonly string[], language: ProposalLanguage): string {
  const list = formatter(`or:${language}`, () => new Intl.ListFormat(language === 'en' ? 'en-GB' : language, { type: 'disjunction' }));
  return list.format(items);
}

/** Whether `language` calls `n` "one" (English 1, French 0 and 1; Thai never). */
export function isOne(n: number, language: ProposalLanguage): boolean {
  return formatter(`plural:${language}`, () => new Intl.PluralRules(language)).select(n) === 'one';
}

/** The singular message when `language`'s plural rules call `n` "one" (French 0 and 1, English 1), else the other. */
export function countOf(
  n: number,
  one: (inputs: { count: string }, options: { locale: ProposalLanguage }) => string,
  other: (inputs: { count: string }, options: { locale: ProposalLanguage }) => string,
  language: ProposalLanguage,
  count: string = n.toLocaleString(numberLocale(language)),
): string {
  const form = isOne(n, language) ? one : other;
  return form({ count }, { locale: language });
}

export const RULE_TEXT: Readonly<Record<string, Text>> = {
  'kind-full-product': m.engine_rule_kind_full_product,
  'kind-web-app': m.engine_rule_kind_web_app,
  'kind-api': m.engine_rule_kind_api,
  'small-api': m.engine_rule_small_api,
  'kind-prototype': m.engine_rule_kind_prototype,
  'prototype-short': m.engine_rule_prototype_short,
  'prototype-long': m.engine_rule_prototype_long,
  'lifetime-hours': m.engine_rule_lifetime_hours,
  'lifetime-weeks': m.engine_rule_lifetime_weeks,
  'lifetime-years': m.engine_rule_lifetime_years,
  'ui-server-rendered': m.engine_rule_ui_server_rendered,
  'ui-spa': m.engine_rule_ui_spa,
  'ui-none': m.engine_rule_ui_none,
  'auth-basic': m.engine_rule_auth_basic,
  'auth-basic-api': m.engine_rule_auth_basic_api,
  'auth-roles': m.engine_rule_auth_roles,
  'auth-none': m.engine_rule_auth_none,
  'admin-yes': m.engine_rule_admin_yes,
  'admin-no': m.engine_rule_admin_no,
  'data-complex': m.engine_rule_data_complex,
  'data-relational': m.engine_rule_data_relational,
  'data-none': m.engine_rule_data_none,
  'team-beginner': m.engine_rule_team_beginner,
  'team-mixed': m.engine_rule_team_mixed,
  'team-senior': m.engine_rule_team_senior,
  'turnover-high': m.engine_rule_turnover_high,
  'team-large': m.engine_rule_team_large,
  'team-tiny': m.engine_rule_team_tiny,
  'arch-monolith': m.engine_rule_arch_monolith,
  'arch-microservices': m.engine_rule_arch_microservices,
  'arch-unconventional': m.engine_rule_arch_unconventional,
  'concurrency-async': m.engine_rule_concurrency_async,
  'concurrency-realtime': m.engine_rule_concurrency_realtime,
  'api-docs': m.engine_rule_api_docs,
  'deps-minimal': m.engine_rule_deps_minimal,
  'deps-minimal-realtime': m.engine_rule_deps_minimal_realtime,
  'deps-minimal-needs': m.engine_rule_deps_minimal_needs,
  'existing-django': m.engine_rule_existing_django,
  'existing-flask': m.engine_rule_existing_flask,
  'existing-fastapi': m.engine_rule_existing_fastapi,
  'extending-django': m.engine_rule_extending_django,
  'extending-flask': m.engine_rule_extending_flask,
  'extending-fastapi': m.engine_rule_extending_fastapi,
  'ml-serving': m.engine_rule_ml_serving,
  'ml-pipelines': m.engine_rule_ml_pipelines,
  'regulated-data': m.engine_rule_regulated_data,
  'scale-neutral': m.engine_rule_scale_neutral,
};

export const TRADE_OFF_TEXT: Readonly<Record<string, Text>> = {
  'django-async': m.engine_trade_off_django_async,
  'django-api-only': m.engine_trade_off_django_api_only,
  'flask-assembly': m.engine_trade_off_flask_assembly,
  'flask-admin': m.engine_trade_off_flask_admin,
  'flask-roles': m.engine_trade_off_flask_roles,
  'flask-async': m.engine_trade_off_flask_async,
  'fastapi-zero': m.engine_trade_off_fastapi_zero,
  'fastapi-admin': m.engine_trade_off_fastapi_admin,
  'fastapi-accounts': m.engine_trade_off_fastapi_accounts,
  'fastapi-pages': m.engine_trade_off_fastapi_pages,
};

export const SECTION_TEXT: Readonly<Record<QuestionSection, Text>> = {
  Product: m.engine_section_product,
  'Data and access': m.engine_section_data_and_access,
  Team: m.engine_section_team,
  'Delivery and runtime': m.engine_section_delivery_and_runtime,
};

/** Per question: its label, its help line and, for a choice, each option by value. */
export const QUESTION_TEXT: Readonly<Record<AnswerField, QuestionText>> = {
  projectKind: {
    label: m.engine_question_project_kind,
    help: m.engine_question_project_kind_help,
    options: {
      'web-app': m.engine_answer_project_kind_web_app,
      'content-platform': m.engine_answer_project_kind_content_platform,
      ecommerce: m.engine_answer_project_kind_ecommerce,
      saas: m.engine_answer_project_kind_saas,
      'data-tool': m.engine_answer_project_kind_data_tool,
      'api-service': m.engine_answer_project_kind_api_service,
      microservice: m.engine_answer_project_kind_microservice,
      prototype: m.engine_answer_project_kind_prototype,
      other: m.engine_answer_project_kind_other,
    },
  },
  userInterface: {
    label: m.engine_question_user_interface,
    help: m.engine_question_user_interface_help,
    options: {
      'server-rendered': m.engine_answer_user_interface_server_rendered,
      'spa-frontend': m.engine_answer_user_interface_spa_frontend,
      none: m.engine_answer_user_interface_none,
    },
  },
  adminPanel: { label: m.engine_question_admin_panel, help: m.engine_question_admin_panel_help },
  mlWork: {
    label: m.engine_question_ml_work,
    help: m.engine_question_ml_work_help,
    options: {
      none: m.engine_answer_ml_work_none,
      'model-serving': m.engine_answer_ml_work_model_serving,
      'data-pipelines': m.engine_answer_ml_work_data_pipelines,
    },
  },
  auth: {
    label: m.engine_question_auth,
    help: m.engine_question_auth_help,
    options: { none: m.engine_answer_auth_none, basic: m.engine_answer_auth_basic, roles: m.engine_answer_auth_roles },
  },
  dataModel: {
    label: m.engine_question_data_model,
    help: m.engine_question_data_model_help,
    options: {
      none: m.engine_answer_data_model_none,
      simple: m.engine_answer_data_model_simple,
      relational: m.engine_answer_data_model_relational,
      complex: m.engine_answer_data_model_complex,
    },
  },
  regulatedData: { label: m.engine_question_regulated_data, help: m.engine_question_regulated_data_help },
  teamSize: { label: m.engine_question_team_size, help: m.engine_question_team_size_help },
  teamExperience: {
    label: m.engine_question_team_experience,
    help: m.engine_question_team_experience_help,
    options: {
      beginner: m.engine_answer_team_experience_beginner,
      mixed: m.engine_answer_team_experience_mixed,
      senior: m.engine_answer_team_experience_senior,
    },
  },
  teamTurnover: {
    label: m.engine_question_team_turnover,
    help: m.engine_question_team_turnover_help,
    options: { low: m.engine_answer_team_turnover_low, high: m.engine_answer_team_turnover_high },
  },
  existingFramework: {
    label: m.engine_question_existing_framework,
    help: m.engine_question_existing_framework_help,
    options: {
      none: m.engine_answer_existing_framework_none,
      django: m.engine_answer_existing_framework_django,
      flask: m.engine_answer_existing_framework_flask,
      fastapi: m.engine_answer_existing_framework_fastapi,
    },
  },
  extendingExisting: { label: m.engine_question_extending_existing, help: m.engine_question_extending_existing_help },
  lifetime: {
    label: m.engine_question_lifetime,
    help: m.engine_question_lifetime_help,
    options: {
      hours: m.engine_answer_lifetime_hours,
      weeks: m.engine_answer_lifetime_weeks,
      months: m.engine_answer_lifetime_months,
      years: m.engine_answer_lifetime_years,
    },
  },
  architecture: {
    label: m.engine_question_architecture,
    help: m.engine_question_architecture_help,
    options: {
      monolith: m.engine_answer_architecture_monolith,
      microservices: m.engine_answer_architecture_microservices,
      unconventional: m.engine_answer_architecture_unconventional,
    },
  },
  concurrency: {
    label: m.engine_question_concurrency,
    help: m.engine_question_concurrency_help,
    options: {
      typical: m.engine_answer_concurrency_typical,
      'high-async': m.engine_answer_concurrency_high_async,
      realtime: m.engine_answer_concurrency_realtime,
    },
  },
  apiDocs: { label: m.engine_question_api_docs, help: m.engine_question_api_docs_help },
  minimalDependencies: { label: m.engine_question_minimal_dependencies, help: m.engine_question_minimal_dependencies_help },
  expectedUsers: { label: m.engine_question_expected_users, help: m.engine_question_expected_users_help },
};

export const CONTEXT_TEXT: Readonly<Record<ContextField, QuestionText>> = {
  budgetRange: {
    label: m.engine_context_budget_range,
    help: m.engine_context_budget_range_help,
    options: {
      'under-25k': m.engine_context_answer_budget_range_under_25k,
      '25k-75k': m.engine_context_answer_budget_range_25k_75k,
      '75k-200k': m.engine_context_answer_budget_range_75k_200k,
      'over-200k': m.engine_context_answer_budget_range_over_200k,
      'not-set': m.engine_context_answer_budget_range_not_set,
    },
  },
  targetDate: { label: m.engine_context_target_date, help: m.engine_context_target_date_help },
  hosting: {
    label: m.engine_context_hosting,
    help: m.engine_context_hosting_help,
    options: {
      'no-preference': m.engine_context_answer_hosting_no_preference,
      'public-cloud': m.engine_context_answer_hosting_public_cloud,
      'eu-cloud': m.engine_context_answer_hosting_eu_cloud,
      'on-premises': m.engine_context_answer_hosting_on_premises,
      'client-provider': m.engine_context_answer_hosting_client_provider,
    },
  },
  integrations: { label: m.engine_context_integrations, help: m.engine_context_integrations_help },
  personalData: { label: m.engine_context_personal_data, help: m.engine_context_personal_data_help },
  personalDataKinds: { label: m.engine_context_personal_data_kinds, help: m.engine_context_personal_data_kinds_help },
  mobile: {
    label: m.engine_context_mobile,
    help: m.engine_context_mobile_help,
    options: {
      'not-needed': m.engine_context_answer_mobile_not_needed,
      responsive: m.engine_context_answer_mobile_responsive,
      'native-app': m.engine_context_answer_mobile_native_app,
    },
  },
  languages: { label: m.engine_context_languages, help: m.engine_context_languages_help },
};
