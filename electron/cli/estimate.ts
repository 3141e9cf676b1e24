// `scopewise estimate <id> [--json] [--framework F]`: an assessment's scope priced (shared/scope/estimate.ts), for the
// recommended framework unless another is named; JSON in the documented shape, or a readable table.
import { z } from 'zod';

import { recordedRatios, requireAssessment } from '../../db';
import { type Framework, FRAMEWORK_NAMES, FRAMEWORKS } from '../../shared/engine';
import { AppError, parseInput } from '../../shared/errors';
import { type Estimate, estimateScope, formatMoney } from '../../shared/scope/estimate';
import { type Rewrite, rewriteOf } from '../../shared/scope/project-items';
import { recommendedTierOf, type Scope } from '../../shared/scope/schema';
import { coneStage } from '../../shared/scope/simulation';
import { paymentAmounts, priceWithTax } from '../../shared/scope/tax-and-payments';
import { requirePositional } from './args';
import { type Command, EXIT_OK } from './command';
import { DB_DETAILS, DB_OPTION, withCommandDatabase } from './database';
import { requireAssessmentId } from './show';

/** What `estimate` adds beside the estimate itself: the rewrite it carries and the delivered effort, when there are. */
export interface EstimateFacts {
  rewrite?: Rewrite;
  actualDays?: number;
}

/**
 * The estimate as `estimate --json` prints it: exactly these fields, money in minor units, days and weeks as numbers.
 * Per tier its discount, tax and total with tax (shared/scope/tax-and-payments.ts) and its simulated percentiles; the
 * payments split the recommended tier's total with tax. `recommendedTier` is the option the proposal quotes
 * (recommendedTierOf: the one chosen, else the highest).
 */
export function estimateJson(estimate: Estimate, scope: Scope, facts: EstimateFacts = {}) {
  const recommendedTier = recommendedTierOf(scope);
  const priced = estimate.tiers.map((t) => priceWithTax(t.total, scope));
  const chosen = priced[recommendedTier - 1] ?? priced.at(-1)!;
  return {
    currency: estimate.currency,
    framework: estimate.framework,
    recommendedTier,
    tiers: estimate.tiers.map((t, i) => ({
      tier: t.tier,
      name: t.name,
      build: t.build,
      pm: t.pm,
      qa: t.qa,
      contingency: t.contingency,
      total: t.total,
      low: t.low,
      high: t.high,
      days: t.days,
      byFramework: { django: t.byFramework.django, flask: t.byFramework.flask, fastapi: t.byFramework.fastapi },
      discount: priced[i]!.discount,
      tax: priced[i]!.tax,
      totalWithTax: priced[i]!.totalWithTax,
      ...(t.percentiles === undefined ? {} : { percentiles: t.percentiles }),
    })),
    phases: estimate.phases.map((p) => ({ name: p.name, days: p.days, weeks: p.weeks })),
    addOns: estimate.addOns.map((a) => ({ title: a.title, price: a.price })),
    payments: paymentAmounts(chosen.totalWithTax, scope).map((p) => ({ label: p.label, amount: p.amount })),
    ...(facts.rewrite === undefined ? {} : { rewrite: facts.rewrite }),
    ...(facts.actualDays === undefined ? {} : { actualDays: facts.actualDays }),
    ...(estimate.calibration === undefined ? {} : { calibration: estimate.calibration }),
  };
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  // Text columns left, numbers right: the first column of each row is a name.
  return rows.map((row) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}

/** The readable form: one line per tier, the phases with their weeks, the add-ons, and the same scope under each framework. */
export function estimateText(estimate: Estimate, heading: string, recommendedTier: number, facts: EstimateFacts = {}): string {
  const money = (minor: number): string => formatMoney(minor, estimate.currency, 'en');
  const days = (n: number): string => n.toFixed(2).replace(/\.?0+$/, '');
  const lines = [heading, `Priced for ${FRAMEWORK_NAMES[estimate.framework]}, a team of ${estimate.teamSize}, in ${estimate.currency}.`, ''];
  lines.push(
    ...table([
      ['Tier', 'Build', 'PM', 'QA', 'Contingency', 'Total', 'Range (low–high)', 'Days'],
      ...estimate.tiers.map((t) => [
        `${t.tier} ${t.name}${t.tier === recommendedTier && estimate.tiers.length > 1 ? ' (recommended)' : ''}`,
        money(t.build),
        money(t.pm),
        money(t.qa),
        money(t.contingency),
        money(t.total),
        `${money(t.low)} – ${money(t.high)}`,
        days(t.days),
      ]),
    ]),
  );
  if (estimate.tiers.some((t) => t.percentiles !== undefined)) {
    lines.push(
      '',
      ...table([
        ['Range (simulated)', 'P50', 'P80', 'P90'],
        ...estimate.tiers.map((t) => {
          const p = t.percentiles!;
          const cell = (x: { days: number; total: number }): string => `${money(x.total)} (${days(x.days)} d)`;
          return [`${t.tier} ${t.name}`, cell(p.p50), cell(p.p80), cell(p.p90)];
        }),
      ]),
    );
  }
  const c = estimate.calibration;
  if (c !== undefined) {
    lines.push(
      '',
      `Our record: ${c.projects} delivered projects took ${c.ratio} × their estimate (median); calibrated P50 ${money(c.p50.total)} (${days(c.p50.days)} days), P80 ${money(c.p80.total)} (${days(c.p80.days)} days).`,
    );
  }
  if (facts.rewrite !== undefined) {
    const r = facts.rewrite;
    lines.push('', `Includes rewriting the running ${FRAMEWORK_NAMES[r.from]} application in ${FRAMEWORK_NAMES[r.to]}: about ${days(r.days)} days.`);
  }
  if (facts.actualDays !== undefined) lines.push('', `Delivered in ${days(facts.actualDays)} days (recorded).`);
  if (estimate.phases.length > 0) {
    lines.push('', ...table([['Phase', 'Days', 'Weeks'], ...estimate.phases.map((p) => [p.name, days(p.days), days(p.weeks)])]));
  }
  if (estimate.addOns.length > 0) lines.push('', ...table([['Add-on (priced on its own)', 'Price'], ...estimate.addOns.map((a) => [a.title, money(a.price)])]));
  if (estimate.deferred.length > 0) lines.push('', `Deferred (later, not priced): ${estimate.deferred.map((d) => d.title).join('; ')}`);
  const top = estimate.tiers.find((t) => t.tier === recommendedTier) ?? estimate.tiers.at(-1);
  if (top !== undefined) {
    lines.push(
      '',
      ...table([
        [`Under each framework (${top.name})`, 'Total', 'Days'],
        ...FRAMEWORKS.map((f) => [FRAMEWORK_NAMES[f], money(top.byFramework[f]), days(top.daysByFramework[f])]),
      ]),
    );
  }
  return `${lines.join('\n')}\n`;
}

const frameworkOption = z.enum(FRAMEWORKS);

export const estimateCommand: Command = {
  name: 'estimate',
  usage: 'estimate <id> [--json] [--framework F]',
  summary: "price an assessment's scope: tiers, range, weeks, add-ons, each framework",
  details:
    "Prints the estimate of the assessment's scope: per tier the build, project management, QA, contingency and total, the\n" +
    'option the proposal recommends (recommendedTier: the one chosen in the Scope view, else the highest), the\n' +
    "low–high range and the days; the weeks per phase for the team size answered; the add-ons; and each tier's total under\n" +
    'Django, Flask and FastAPI; the simulated P50/P80/P90 per tier; the rewrite of a running application when it is\n' +
    'estimated in another framework; the days delivered once recorded (`actuals`); and, once three other assessments have\n' +
    "actuals, the consultancy's record with the calibrated P50/P80. Money is in minor units (cents) in --json. The method\n" +
    'is in shared/scope/README.md.\n' +
    '--framework django|flask|fastapi prices for that framework instead of the recommended one.\n' +
    DB_DETAILS,
  options: { ...DB_OPTION, json: { type: 'boolean' }, framework: { type: 'string' } },
  run: async ({ positionals, values, io }) => {
    const id = requireAssessmentId(requirePositional(positionals, 0, 'id', 'an assessment id (a UUID, as `list` prints)'));
    const framework: Framework | undefined = values.framework === undefined ? undefined : parseInput(frameworkOption, values.framework, '--framework');
    const missing = (): never => {
      throw new AppError('not_found', `no assessment with id ${id}`, 'id');
    };
    const output = await withCommandDatabase(values, io, { mode: 'read', missing }, (db) => {
      const assessment = requireAssessment(db, id);
      if (assessment.scope === null || assessment.scope === undefined) {
        throw new AppError('not_found', `assessment ${id} has no scope yet; draft one in the app's Scope & estimate view`, 'scope');
      }
      const requirements = assessment.requirements;
      const teamSize = requirements.teamSize;
      const estimate = estimateScope(assessment.scope, {
        framework: framework ?? assessment.recommendation.recommended,
        ...(teamSize === undefined ? {} : { teamSize }),
        percentiles: { stage: coneStage(requirements), ratios: recordedRatios(db, id) },
      });
      const rewrite = rewriteOf(requirements, estimate);
      const actualDays = assessment.scope.actualDays;
      const facts: EstimateFacts = { ...(rewrite === undefined ? {} : { rewrite }), ...(actualDays === undefined ? {} : { actualDays }) };
      const name = `${assessment.clientName || '(no client)'} — ${assessment.projectTitle || '(untitled)'}`;
      return values.json === true
        ? `${JSON.stringify(estimateJson(estimate, assessment.scope, facts), null, 2)}\n`
        : estimateText(estimate, `Estimate: ${name}`, recommendedTierOf(assessment.scope), facts);
    });
    io.out(output);
    return EXIT_OK;
  },
};
