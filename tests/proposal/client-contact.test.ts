// The client's contact person read back from real PDFs: on the cover under the client's name (the e-mail a live
// mailto: link) and as the client's signatory in the acceptance block; nothing printed when none was recorded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DEFAULT_PROPOSAL_SETTINGS } from '../../shared/branding';
import { recommend } from '../../shared/engine';
import { buildProposalModel, type Edition } from '../../shared/proposal';
import { assessmentOf, REVISION, SAMPLE_BRANDING, scopeOf } from './fixtures';
import { renderProposal } from './node-render';
import { PdfObjects, textOf } from './pdf-structure';
import { pdfText, qpdfCheck, requirePdfTools, tempFolder } from './pdf-tools';

const folder = tempFolder();
beforeAll(() => requirePdfTools());
afterAll(() => folder.remove());

const squash = (s: string): string => s.replace(/[\s\u00a0\u202f]+/g, ' ');

const CONTACT = { clientContactName: 'Somchai Wongsakul', clientContactRole: 'Head of Operations', clientContactEmail: 'somchai@siam-freight.co.th' };

async function exported(name: string, fields: Parameters<typeof assessmentOf>[0], edition: Edition = 'client'): Promise<string> {
  const assessment = assessmentOf({ clientName: 'Siam Freight Co., Ltd.', scope: scopeOf(8), ...fields });
  const model = buildProposalModel(assessment, recommend(assessment.requirements), SAMPLE_BRANDING, REVISION, {
    edition,
    settings: DEFAULT_PROPOSAL_SETTINGS,
  });
  const file = folder.write(name, (await renderProposal(model)).bytes);
  qpdfCheck(file);
  return file;
}

/** The text of the page that holds the acceptance block (its heading and the client's signature column). */
function acceptancePage(file: string): string {
  const pages = pdfText(file).split('\f');
  const page = pages.find((p) => /Acceptance/.test(p) && /For the client/.test(p));
  expect(page, 'a page with the acceptance block').toBeDefined();
  return squash(page!);
}

describe('the client contact person in the proposal', () => {
  for (const edition of ['client', 'internal'] as const) {
    it(`prints the person, role and e-mail on the cover of the ${edition} edition, under the client`, async () => {
      const file = await exported(`cover-${edition}.pdf`, CONTACT, edition);
      const cover = squash(pdfText(file, 1));
      expect(cover).toMatch(/Prepared for Siam Freight Co\., Ltd\. Somchai Wongsakul, Head of Operations somchai@siam-freight\.co\.th/);
    });
  }

  it('makes the e-mail on the cover a live mailto: link', async () => {
    const file = await exported('cover-link.pdf', CONTACT);
    const pdf = new PdfObjects(file);
    const first = pdf.pages()[0]!;
    const links = ((pdf.dict(first)['/Annots'] as string[] | undefined) ?? []).map((ref) => pdf.dict(ref)).filter((a) => a['/Subtype'] === '/Link');
    expect(links.map((l) => textOf(pdf.dict(l['/A'])['/URI']))).toContain('mailto:somchai@siam-freight.co.th');
  });

  it('names the contact as the client signatory in the acceptance block', async () => {
    const file = await exported('acceptance.pdf', CONTACT);
    expect(acceptancePage(file)).toMatch(/For the client .*Siam Freight Co\., Ltd\. .*Somchai Wongsakul, Head of Operations/);
  });

  it('prints Thai and German names whole, and a name without a role alone', async () => {
    const thai = await exported('thai.pdf', { clientContactName: 'สมชาย วงศ์สกุล', clientContactRole: 'ผู้อำนวยการฝ่ายปฏิบัติการ' });
    expect(squash(pdfText(thai, 1))).toContain('สมชาย วงศ์สกุล, ผู้อำนวยการฝ่ายปฏิบัติการ');
    const german = await exported('german.pdf', { clientName: 'Müller & Söhne GmbH', clientContactName: 'Jürgen Weiß' });
    expect(squash(pdfText(german, 1))).toMatch(/Müller & Söhne GmbH Jürgen Weiß/);
    expect(acceptancePage(german)).toMatch(/Müller & Söhne GmbH .*Jürgen Weiß/);
  });

  it('prints no contact lines when none was recorded', async () => {
    const file = await exported('none.pdf', {});
    const cover = squash(pdfText(file, 1));
    expect(cover).toMatch(/Prepared for Siam Freight Co\., Ltd\. Proposal|Prepared for Siam Freight Co\., Ltd\. Project/);
    expect(acceptancePage(file)).not.toMatch(/Somchai/);
  });
});
