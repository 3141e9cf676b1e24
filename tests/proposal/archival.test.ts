// PDF/A-2b identification, read back by qpdf and poppler: the XMP packet mirrors the information dictionary, the sRGB
// output intent carries the profile shipped in shared/proposal/icc, every font is embedded, and equal proposals stay
// byte-identical.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { xmpDate } from '../../shared/proposal/archival';
import { decodeBase64 } from '../../shared/proposal/base64';
import { SRGB_PROFILE_BASE64 } from '../../shared/proposal/icc/srgb-profile';
import { assessmentOf, modelOf, scopedModelOf } from './fixtures';
import { renderProposal } from './node-render';
import { PdfObjects, textOf } from './pdf-structure';
import { pdfFonts, pdfInfo, qpdfCheck, requirePdfTools, tempFolder } from './pdf-tools';

const folder = tempFolder();
beforeAll(() => requirePdfTools());
afterAll(() => folder.remove());

const ICC = new URL('../../shared/proposal/icc/', import.meta.url);
const profileFile = (): Buffer => readFileSync(new URL('srgb.icc', ICC));

describe('the shipped sRGB profile', () => {
  it('is the file beside its licence, with the digest SHA256SUMS records, and the base64 the renderer embeds holds the same bytes', () => {
    const bytes = profileFile();
    const sums = readFileSync(new URL('SHA256SUMS', ICC), 'utf8');
    expect(sums).toContain(`${createHash('sha256').update(bytes).digest('hex')}  srgb.icc`);
    expect(readFileSync(new URL('LICENSE-sRGB.txt', ICC), 'utf8')).toContain('zlib/libpng License');
    expect(Buffer.from(decodeBase64(SRGB_PROFILE_BASE64.replace(/\s/g, ''))!).equals(bytes)).toBe(true);
    // An ICC profile of an RGB display device: the colour space PDF/A needs for DeviceRGB.
    expect(bytes.subarray(12, 20).toString('latin1')).toBe('mntrRGB ');
    expect(bytes.subarray(36, 40).toString('latin1')).toBe('acsp');
  });
});

describe('PDF/A-2b identification', () => {
  it('writes an unfiltered XMP packet naming PDF/A-2b and PDF/UA-1, with the title, author, subject, keywords, tools and date of the information dictionary', async () => {
    const model = scopedModelOf('client');
    const file = folder.write('archival.pdf', (await renderProposal(model)).bytes);
    qpdfCheck(file);
    const pdf = new PdfObjects(file);
    const ref = pdf.root['/Metadata'];
    const dict = pdf.streamDict(ref);
    expect(dict['/Type']).toBe('/Metadata');
    expect(dict['/Subtype']).toBe('/XML');
    expect(dict['/Filter']).toBeUndefined();
    const xmp = pdf.streamData(ref).toString('utf8');
    expect(xmp).toMatch(/^<\?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"\?>/);
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>');
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xmp).toContain('<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>');
    const info = pdf.dict(pdf.trailer['/Info']);
    const field = (name: string): string => new RegExp(`<${name}>(?:<rdf:\\w+>)?(?:<rdf:li[^>]*>)?([^<]*)<`).exec(xmp)?.[1] ?? '';
    const unescape = (s: string): string =>
      s
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
    expect(unescape(field('dc:title'))).toBe(textOf(info['/Title']));
    expect(unescape(field('dc:creator'))).toBe(textOf(info['/Author']));
    expect(unescape(field('dc:description'))).toBe(textOf(info['/Subject']));
    expect(unescape(field('pdf:Keywords'))).toBe(textOf(info['/Keywords']));
    expect(field('xmp:CreatorTool')).toBe(textOf(info['/Creator']));
    expect(field('pdf:Producer')).toBe(textOf(info['/Producer']));
    expect(field('xmp:CreateDate')).toBe(xmpDate(textOf(info['/CreationDate'])));
    expect(field('xmp:CreateDate')).toBe('2026-03-12T14:30:00+01:00');
    expect(unescape(field('dc:title'))).toBe(model.document.title);
    // poppler reads the same packet.
    expect(pdfInfo(file)['Metadata Stream']).toBe('yes');
  });

  it('escapes XML in the metadata: a title with <, & and quotes stays well-formed', async () => {
    const file = folder.write('xml.pdf', (await renderProposal(modelOf(assessmentOf({ projectTitle: 'R&D <pilot> "fast"' })))).bytes);
    const pdf = new PdfObjects(file);
    const xmp = pdf.streamData(pdf.root['/Metadata']).toString('utf8');
    expect(xmp).toContain('R&amp;D &lt;pilot&gt; &quot;fast&quot;');
    expect(xmp).not.toContain('<pilot>');
  });

  it('names sRGB as its output intent, embedding the shipped profile with three components', async () => {
    const file = folder.write('intent.pdf', (await renderProposal(scopedModelOf('internal'))).bytes);
    const pdf = new PdfObjects(file);
    const intents = pdf.root['/OutputIntents'] as string[];
    expect(intents).toHaveLength(1);
    const intent = pdf.dict(intents[0]);
    expect(intent['/S']).toBe('/GTS_PDFA1');
    expect(textOf(intent['/OutputConditionIdentifier'])).toBe('sRGB IEC61966-2.1');
    expect(pdf.streamDict(intent['/DestOutputProfile'])['/N']).toBe(3);
    expect(pdf.streamData(intent['/DestOutputProfile']).equals(profileFile())).toBe(true);
  });

  it('embeds every font it uses, Thai and CJK faces included', async () => {
    const file = folder.write('fonts.pdf', (await renderProposal(modelOf(assessmentOf({ clientName: 'บริษัท สยาม 株式会社サクラ' })))).bytes);
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThanOrEqual(4);
    expect(fonts.filter((f) => !f.embedded || !f.unicode)).toEqual([]);
  });

  it('stays byte-identical for equal proposals: no clock and no random id in the metadata', async () => {
    const first = await renderProposal(scopedModelOf('client'));
    const second = await renderProposal(scopedModelOf('client'));
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    const xmp = Buffer.from(first.bytes).toString('latin1');
    const id = /\/ID \[ <([0-9A-F]{32})>/.exec(xmp)![1]!.toLowerCase();
    expect(xmp).toContain(`<xmpMM:DocumentID>uuid:${id.slice(0, 8)}-${id.slice(8, 12)}-`);
  });
});
