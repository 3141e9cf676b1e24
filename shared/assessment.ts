// The assessment as it crosses boundaries (bundles, IPC, proposal): schema and type. Storage shape lives in db/.
import { z } from 'zod';
import { requirementsSchema } from './engine/requirements';

export const ASSESSMENT_STATUSES = ['draft', 'final', 'sent'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const isoDate = z.iso.datetime({ offset: true });

export const assessmentFieldsSchema = z
  .object({
    clientName: z.string().max(300),
    projectTitle: z.string().max(300),
    consultant: z.string().max(200),
    status: z.enum(ASSESSMENT_STATUSES),
    requirements: requirementsSchema,
    notes: z.string().max(20000),
  })
  .strict();

export type AssessmentFields = z.infer<typeof assessmentFieldsSchema>;

export interface Assessment extends AssessmentFields {
  id: string;
  createdAt: string;
  updatedAt: string;
}
