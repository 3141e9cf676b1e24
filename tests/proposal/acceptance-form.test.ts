// The acceptance page's PDF form, read back by independent readers: qpdf's JSON lists the client's fields (name,
// title, date as text, the option as a choice of the tiers), poppler's pdfsig an unsigned signature field; the file
// stays structurally clean, byte-identical for the same model, and the printed lines are still there for pen and paper.
import { spawnSync } from 'node:child_process';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { RenderedProposal } from '../../shared/proposal';
import { modelOf, scopedModelOf } from './fixtures';
import { renderProposal } from './node-render';
import { pdfFonts, pdfText, qpdfCheck, requirePdfTools, tempFolder } from './pdf-tools';

interface QpdfField {
  fullname: string;
  fieldtype: string;
  choices: string[];
  pageposfrom1: number;
  annotation: { object: string };
}

function formFields(file: string): QpdfField[] {
  const result = spawnSync('qpdf', ['--json', '--json-key=acroform', file], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return (JSON.parse(result.stdout) as { acroform: { fields: QpdfField[] } }).acroform.fields;
}

function pdfsig(file: string): string {
  const result = spawnSync('pdfsig', [file], { encoding: 'utf8' });
  if (result.error !== undefined) throw new Error('pdfsig (poppler-utils) is not installed');
  return result.stdout + result.stderr;
}

describe('the acceptance form', () => {
  const folder = tempFolder();
  let rendered: RenderedProposal;
  let file: string;

  beforeAll(async () => {
    requirePdfTools();
    rendered = await renderProposal(scopedModelOf('client'));
    file = folder.write('form.pdf', rendered.bytes);
  });
  afterAll(() => folder.remove());

  it('carries the client fields qpdf reads: name, title and date as text, the option as a choice of the tiers, on the acceptance page', () => {
    const fields = formFields(file);
    expect(fields.map((f) => [f.fullname, f.fieldtype])).toEqual([
      ['client.option', '/Ch'],
      ['client.name', '/Tx'],
      ['client.title', '/Tx'],
      ['client.date', '/Tx'],
      ['client.signature', '/Sig'],
    ]);
    expect(fields[0]!.choices).toEqual(['Essential', 'Professional', 'Complete']);
    const page = fields[0]!.pageposfrom1;
    expect(fields.every((f) => f.pageposfrom1 === page)).toBe(true);
    expect(pdfText(file, page)).toContain('Acceptance');
  });

  it('has an unsigned signature field that pdfsig lists', () => {
    const report = pdfsig(file);
    expect(report).toContain('Signature Field Name: client.signature');
    expect(report).toContain('The signature form field is not signed.');
  });

  it('stays clean for qpdf, embeds every font it uses on the pages, and prints the lines for pen and paper', () => {
    qpdfCheck(file);
    for (const font of pdfFonts(file)) expect(font.embedded, font.name).toBe(true);
    const page = formFields(file)[0]!.pageposfrom1;
    const text = pdfText(file, page);
    for (const label of ['Option chosen', 'Name', 'Title', 'Date', 'Signature']) expect(text).toContain(label);
  });

  it('renders byte-identically twice', async () => {
    const again = await renderProposal(scopedModelOf('client'));
    expect(Buffer.from(again.bytes).equals(Buffer.from(rendered.bytes))).toBe(true);
  });

  it('without options to choose from, has no option field', async () => {
    const single = folder.write('single.pdf', (await renderProposal(modelOf())).bytes);
    expect(formFields(single).map((f) => f.fullname)).toEqual(['client.name', 'client.title', 'client.date', 'client.signature']);
  });
});
