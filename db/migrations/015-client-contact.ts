// Migration 15: the client's contact person on the assessment (shared/assessment.ts: clientContactName,
// clientContactRole, clientContactEmail), kept as one JSON object in `client_contact` holding only the parts given, or
// NULL for none. One column, read and written whole with the row; nothing derives from it. Append-only.
export const migration015 = {
  version: 15,
  name: 'client-contact',
  sql: `
ALTER TABLE assessments ADD COLUMN client_contact TEXT CHECK (client_contact IS NULL OR json_valid(client_contact));
`,
};
