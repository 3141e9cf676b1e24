// A logo is decoded pixel by pixel before settings.update stores it: real PNGs and JPEGs are kept, damaged ones are
// refused at upload with a message and nothing is written (they used to pass and fail at every later export).
import { crc32 } from 'node:zlib';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { jpegFromPdf, png } from '../proposal/images';
import { qpdfCheck, requirePdfTools, tempFolder } from '../proposal/pdf-tools';
import { type ApiFixture, apiFixture, fingerprint } from './api-fixture';

let api: ApiFixture;
const folder = tempFolder();
let jpeg: Buffer;
beforeAll(async () => {
  requirePdfTools();
  api = await apiFixture();
  const { id } = await api.call('assessments.create', { fields: { clientName: 'Logo Test', projectTitle: 'Site' } });
  const exported = await api.call('proposal.export', { id });
  jpeg = jpegFromPdf(exported.path!, folder.path('page'), 200);
});
afterAll(() => {
  api.close();
  folder.remove();
});

const asLogo = (bytes: Uint8Array, mime: 'image/png' | 'image/jpeg') => ({ branding: { logo: { mime, base64: Buffer.from(bytes).toString('base64') } } });

/** A PNG whose compressed pixel data has a byte changed, with its CRC fixed up so only decoding can tell. */
function pngWithBadPixels(): Buffer {
  const good = png(120, 40);
  const idat = good.indexOf('IDAT');
  const length = good.readUInt32BE(idat - 4);
  const bad = Buffer.from(good);
  for (let i = idat + 4 + Math.floor(length / 2); i < idat + 4 + Math.floor(length / 2) + 16; i++) bad[i] = 0xff ^ bad[i]!;
  bad.writeUInt32BE(crc32(bad.subarray(idat, idat + 4 + length)), idat + 4 + length);
  return bad;
}

async function expectRefused(bytes: Uint8Array, mime: 'image/png' | 'image/jpeg', pattern: RegExp): Promise<void> {
  const before = fingerprint(api.services.db);
  const result = await api.raw('settings.update', asLogo(bytes, mime));
  expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'logo', message: expect.stringMatching(pattern) } });
  expect(fingerprint(api.services.db)).toBe(before);
}

describe('settings.update with a logo', () => {
  it('keeps a real PNG and a real JPEG, and exports with them pass qpdf --check', async () => {
    for (const [bytes, mime] of [
      [png(120, 40), 'image/png'],
      [jpeg, 'image/jpeg'],
    ] as const) {
      const saved = await api.call('settings.update', asLogo(bytes, mime));
      expect(saved.branding.logo?.base64).toBe(Buffer.from(bytes).toString('base64'));
      const { id } = await api.call('assessments.create', { fields: { clientName: `With ${mime}` } });
      const exported = await api.call('proposal.export', { id });
      qpdfCheck(exported.path!);
    }
  });

  it('refuses a PNG whose pixel data is damaged, truncated or fails its checksum, and writes nothing', async () => {
    const good = png(120, 40);
    await expectRefused(png(120, 40, { idat: Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]) }), 'image/png', /PNG file is damaged/);
    await expectRefused(pngWithBadPixels(), 'image/png', /PNG file is damaged/);
    await expectRefused(good.subarray(0, good.length - 40), 'image/png', /PNG file is damaged/);
    const flipped = Buffer.from(good);
    const at = good.indexOf('IDAT') + 10;
    flipped[at] = good[at]! ^ 0x55;
    await expectRefused(flipped, 'image/png', /PNG file is damaged/);
  });

  it('refuses a damaged PNG every time, not only on most tries (the inflate pngjs does synchronously let some through)', async () => {
    const damaged = png(120, 40, { idat: Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]) });
    let accepted = 0;
    for (let i = 0; i < 200; i++) if ((await api.raw('settings.update', asLogo(damaged, 'image/png'))).ok) accepted++;
    expect(accepted).toBe(0);
  });

  it('refuses a JPEG that is truncated or garbled, and writes nothing', async () => {
    await expectRefused(jpeg.subarray(0, Math.floor(jpeg.length / 2)), 'image/jpeg', /JPEG file is damaged/);
    await expectRefused(Buffer.concat([jpeg.subarray(0, Math.floor(jpeg.length / 2)), Buffer.from([0xff, 0xd9])]), 'image/jpeg', /JPEG file is damaged/);
    const garbled = Buffer.from(jpeg);
    for (let i = Math.floor(jpeg.length * 0.6); i < Math.floor(jpeg.length * 0.6) + 64; i++) garbled[i] = 0xff;
    await expectRefused(garbled, 'image/jpeg', /JPEG file is damaged/);
  });
});
