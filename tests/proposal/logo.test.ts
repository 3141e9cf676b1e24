// The logo: real PNG and JPEG files are placed on the cover and in every header; anything else is refused
// with a message before jsPDF's decoders see it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type Branding, LOGO_MAX_BYTES } from '../../shared/branding';
import { AppError } from '../../shared/errors';
import { checkLogo, readLogo } from '../../shared/proposal';
import { assessmentOf, modelOf, SAMPLE_BRANDING } from './fixtures';
import { jpegFromPdf, jpegHeader, pdfImages, png, PNG_SIGNATURE } from './images';
import { renderProposal } from './node-render';
import { qpdfCheck, requirePdfTools, tempFolder, wordsOutside } from './pdf-tools';

const folder = tempFolder();
beforeAll(() => requirePdfTools());
afterAll(() => folder.remove());

const withLogo = (bytes: Uint8Array, mime: 'image/png' | 'image/jpeg' = 'image/png'): Branding => ({
  ...SAMPLE_BRANDING,
  logo: { mime, base64: Buffer.from(bytes).toString('base64') },
});

function refusal(action: () => unknown): AppError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('invalid_input');
    expect((error as AppError).field).toBe('logo');
    return error as AppError;
  }
  throw new Error('expected the logo to be refused');
}

describe('a real logo', () => {
  it('places a PNG on the cover and in the header of every other page, scaled with its aspect kept', async () => {
    const logo = png(240, 80);
    expect(checkLogo(logo)).toMatchObject({ format: 'PNG', width: 240, height: 80 });
    const result = await renderProposal(modelOf(assessmentOf(), withLogo(logo)));
    const file = folder.write('png-logo.pdf', result.bytes);
    qpdfCheck(file);
    const images = pdfImages(file);
    expect(new Set(images.map((i) => i.page)).size).toBe(result.pages);
    for (const image of images) expect(image).toMatchObject({ width: 240, height: 80 });
    expect(wordsOutside(file, 24)).toEqual([]);
  });

  it('places a JPEG (made by pdftoppm), even when it was labelled as PNG', async () => {
    const source = folder.write('source.pdf', (await renderProposal(modelOf())).bytes);
    const jpeg = jpegFromPdf(source, folder.path('page'), 160);
    const info = checkLogo(jpeg);
    expect(info.format).toBe('JPEG');
    expect(Math.max(info.width, info.height)).toBe(160);
    for (const mime of ['image/jpeg', 'image/png'] as const) {
      const result = await renderProposal(modelOf(assessmentOf(), withLogo(jpeg, mime)));
      const file = folder.write(`jpeg-logo-${mime.slice(6)}.pdf`, result.bytes);
      qpdfCheck(file);
      expect(pdfImages(file).length).toBe(result.pages);
    }
  });
});

describe('a logo that is not a usable image', () => {
  it('is refused when the bytes are not a PNG or JPEG, whatever the label says', () => {
    expect(refusal(() => checkLogo(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).message).toMatch(/not a PNG or JPEG/);
    expect(refusal(() => checkLogo(Uint8Array.from({ length: 500 }, (_, i) => (i * 37) % 256))).message).toMatch(/not a PNG or JPEG/);
    expect(refusal(() => checkLogo(new Uint8Array())).message).toMatch(/empty/);
  });

  it('is refused when a PNG or JPEG signature is followed by garbage', () => {
    expect(refusal(() => checkLogo(Buffer.concat([PNG_SIGNATURE, Buffer.from('garbage garbage garbage garbage')]))).message).toMatch(/damaged/);
    expect(refusal(() => checkLogo(Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x01, 0x02]))).message).toMatch(/damaged/);
    expect(refusal(() => checkLogo(png(10, 10, { colourType: 5 }))).message).toMatch(/colour format/);
  });

  it('is refused when its header claims absurd dimensions', () => {
    expect(refusal(() => checkLogo(png(100_000, 100_000, { idat: new Uint8Array(8) }))).message).toMatch(/100000 × 100000 pixels/);
    expect(refusal(() => checkLogo(jpegHeader(30_000, 20_000))).message).toMatch(/30000 × 20000 pixels/);
    expect(refusal(() => checkLogo(png(3000, 60, { idat: new Uint8Array(8) }))).message).toMatch(/too narrow/);
    expect(refusal(() => checkLogo(png(0, 10, { idat: new Uint8Array(8) }))).message).toMatch(/no pixels/);
  });

  it('is refused when it is too large, not base64, or a JPEG kind that viewers cannot all show', () => {
    const huge = Buffer.concat([png(10, 10), Buffer.alloc(LOGO_MAX_BYTES)]);
    expect(refusal(() => checkLogo(huge)).message).toMatch(/larger than 2 MB/);
    expect(refusal(() => readLogo({ mime: 'image/png', base64: 'not base64 at all!' })).message).toMatch(/base64/);
    expect(refusal(() => checkLogo(jpegHeader(100, 100, 0xc9))).message).toMatch(/arithmetic/);
  });

  it('is refused before rendering starts, and a logo whose pixels are damaged fails the export with a message', async () => {
    expect(refusal(() => modelOf(assessmentOf(), withLogo(jpegHeader(40_000, 10)))).message).toMatch(/pixels/);
    const damaged = png(120, 40, { idat: Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]) });
    await expect(renderProposal(modelOf(assessmentOf(), withLogo(damaged)))).rejects.toMatchObject({ code: 'invalid_input', field: 'logo' });
  });
});
