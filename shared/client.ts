// A client of the consultancy: the directory entry assessments link to. Schema and type only; stored by db/clients.ts.
import { z } from 'zod';

export const clientDetailsSchema = z
  .object({
    name: z.string().trim().min(1).max(300),
    contactPerson: z.string().max(200),
    email: z.string().max(200),
    industry: z.string().max(200),
  })
  .partial()
  .strict();
export type ClientDetails = z.infer<typeof clientDetailsSchema>;

export interface Client {
  id: string;
  name: string;
  contactPerson: string;
  email: string;
  industry: string;
  createdAt: string;
  updatedAt: string;
  /** Assessments (live or in the trash) that name this client. */
  assessmentCount: number;
}
