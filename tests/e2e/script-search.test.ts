// The list's search box in Chromium, through `scopewise serve`: a word inside a Thai, Japanese or Chinese run (written
// without spaces) finds its client, and only that one, as the consultant types it.
/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { callApi, openSession, type Session } from './session';

let s: Session;

beforeAll(async () => {
  s = await openSession({ viewport: { width: 1366, height: 768 } });
  await s.open();
  for (const fields of [
    { clientName: 'บริษัท ขนส่งด่วน จำกัด', projectTitle: 'ระบบติดตามพัสดุ' },
    { clientName: '東京物流株式会社', projectTitle: '在庫管理' },
    { clientName: '北京快递有限公司', projectTitle: '追踪系统' },
    { clientName: 'Harbour Logistics', projectTitle: 'Parcel tracking' },
  ]) {
    const created = await callApi(s, 'assessments.create', { fields });
    expect(created.error).toBeUndefined();
  }
  await s.open();
}, 240_000);

afterAll(async () => {
  await s?.stop();
});

describe('search in every script, in the app', () => {
  test('a word inside a Thai, Japanese or Chinese run finds its client and no other', async () => {
    const box = s.page.getByRole('searchbox', { name: 'Search assessments' });
    const clients = () => s.page.getByTestId('assessment-row').locator('.client').allTextContents();
    for (const [word, client] of [
      ['พัสดุ', 'บริษัท ขนส่งด่วน จำกัด'],
      ['物流', '東京物流株式会社'],
      ['快递', '北京快递有限公司'],
    ] as const) {
      await box.fill(word);
      await expect.poll(async () => (await clients()).map((c) => c.trim()), { timeout: 5000, message: word }).toEqual([client]);
    }
    await box.fill('');
    await expect.poll(async () => (await clients()).length, { timeout: 5000 }).toBe(4);
    expect(s.errors).toEqual([]);
  });
});
