// The acceptance page's fillable PDF form: text fields for the client's name, title and date, a choice of the option
// accepted, and an unsigned signature field (/FT /Sig) the client signs in their own reader. Drawn over the printed
// lines, without borders or backgrounds, so the page prints the same for pen and paper. Owns only the form fields.
import { AcroFormComboBox, AcroFormTextField, type jsPDF } from 'jspdf';

/** One fillable field over a signature line: `name` is the field's name in the PDF (client.name, client.signature...). */
export interface FormFieldSpec {
  name: string;
  kind: 'text' | 'choice' | 'signature';
  /** For a choice: the options offered. */
  options?: string[];
}

/** The lines of a signature box, by what they ask for (their printed labels are in the proposal's language). */
export type SignatureLine = 'option' | 'name' | 'title' | 'date' | 'signature';

/** The client's signature lines and the field each one becomes; the field names stay the same in every language. */
const CLIENT_FIELDS: Record<SignatureLine, Omit<FormFieldSpec, 'options'>> = {
  option: { name: 'client.option', kind: 'choice' },
  name: { name: 'client.name', kind: 'text' },
  title: { name: 'client.title', kind: 'text' },
  date: { name: 'client.date', kind: 'text' },
  signature: { name: 'client.signature', kind: 'signature' },
};

/** The form fields for the client's lines, aligned with `lines` (null: a line with no field); `options` are the tiers. */
export function clientFormFields(lines: readonly string[], options: readonly string[]): (FormFieldSpec | null)[] {
  return lines.map((line) => {
    const field = (CLIENT_FIELDS as Record<string, Omit<FormFieldSpec, 'options'> | undefined>)[line];
    if (field === undefined) return null;
    return field.kind === 'choice' ? { ...field, options: [...options] } : { ...field };
  });
}

/** Text typed into a field: large enough to read, small enough for a long name on one line. */
const FIELD_FONT_SIZE = 10;
const formsEnabled = new WeakSet<jsPDF>();

/**
 * jsPDF writes each form field's dictionary through putStream with no data; with compression on it then adds an
 * empty compressed stream, which turns the dictionaries into streams no reader takes as fields (qpdf lists none). An
 * object with no data is written without filters, so it stays a dictionary; every stream with data is unchanged.
 */
function enableForms(doc: jsPDF): void {
  if (formsEnabled.has(doc)) return;
  formsEnabled.add(doc);
  const internal = doc.internal as unknown as { putStream: (options: { data?: string; filters?: unknown }) => void };
  const putStream = internal.putStream;
  internal.putStream = (options) => putStream(options.data === undefined || options.data === '' ? { ...options, filters: [] } : options);
}

/**
 * Adds the field over the box (points, from the page's top left) on the current page, its widget reachable from the
 * structure tree by `structParent` (its key in the parent tree, known once the document is written). Returns the
 * field, whose object number jsPDF takes when it writes the page.
 */
export function addFormField(
  doc: jsPDF,
  spec: FormFieldSpec,
  box: { x: number; y: number; w: number; h: number },
  structParent: () => number,
): { readonly objId: number } {
  enableForms(doc);
  const field = spec.kind === 'choice' ? new AcroFormComboBox() : new AcroFormTextField();
  field.fieldName = spec.name;
  field.x = box.x;
  field.y = box.y;
  field.width = box.w;
  field.height = box.h;
  field.fontSize = FIELD_FONT_SIZE;
  if (spec.kind === 'choice') (field as AcroFormComboBox).setOptions(spec.options ?? []);
  // jsPDF has no signature field class: a field of type /Sig with no value is an unsigned signature field, which a
  // reader offers to sign (and poppler's pdfsig lists as "not signed").
  if (spec.kind === 'signature') (field as unknown as { FT: string }).FT = '/Sig';
  // jsPDF writes a field's own properties that cannot be reconfigured as its dictionary's keys, read when it is written.
  Object.defineProperty(field, 'StructParent', { get: structParent, enumerable: true });
  doc.addField(field);
  return field as unknown as { readonly objId: number };
}
