// The `estimate <id> --json` contract as a zod schema: the fields every printed estimate must carry. Extras are allowed
// (the contract is extended, never renamed), so the objects are loose; tests and the CLI check output against it.
import { z } from 'zod';

import { FRAMEWORKS } from '../engine/requirements';

const minor = z.number().int().min(0);
const days = z.number().min(0);
const percentile = z.object({ days, total: minor }).strict();

export const estimateContractSchema = z.looseObject({
  currency: z.string().length(3),
  framework: z.enum(FRAMEWORKS),
  /** The option the proposal quotes, 1-based (the scope's recommendedTier, else the highest tier); `estimate --json` prints it. */
  recommendedTier: z.number().int().min(1).max(3).optional(),
  tiers: z
    .array(
      z.looseObject({
        tier: z.number().int().min(1).max(3),
        name: z.string().min(1),
        build: minor,
        pm: minor,
        qa: minor,
        contingency: minor,
        total: minor,
        low: minor,
        high: minor,
        days,
        byFramework: z.object({ django: minor, flask: minor, fastapi: minor }).strict(),
        // Printed by `estimate --json` (shared/scope/tax-and-payments.ts); estimateScope alone does not compute them.
        discount: minor.optional(),
        tax: minor.optional(),
        totalWithTax: minor.optional(),
        /** Simulated P50/P80/P90 (shared/scope/simulation.ts). */
        percentiles: z.object({ p50: percentile, p80: percentile, p90: percentile }).strict().optional(),
      }),
    )
    .min(1)
    .max(3),
  phases: z.array(z.looseObject({ name: z.string().min(1), days, weeks: days })),
  addOns: z.array(z.looseObject({ title: z.string().min(1), price: minor })),
  /** The recommended tier's total with tax split by the scope's payment schedule; the amounts add up to it exactly. */
  payments: z.array(z.looseObject({ label: z.string().min(1), amount: minor })).optional(),
  /** The rewrite of the running application when it is estimated in another framework. */
  rewrite: z
    .object({ from: z.enum(FRAMEWORKS), to: z.enum(FRAMEWORKS), days })
    .strict()
    .optional(),
  /** The effort the delivered project took, once recorded (`actuals`). */
  actualDays: days.optional(),
  /** The consultancy's record, once three other assessments have actuals. */
  calibration: z
    .object({ projects: z.number().int().min(3), ratio: z.number().positive(), p50: percentile, p80: percentile })
    .strict()
    .optional(),
});
