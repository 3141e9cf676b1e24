// `scopewise list --search` finds a word inside a run of Thai, Japanese or Chinese written without spaces, as the app's
// search box does (one index, db/ script words): the consultant finds a Thai client by any word, from the terminal too.
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { createAssessment } from '../../db';
import { openForTest, tempFolder } from '../db/temp';
import { cli } from './cli-helpers';

describe('scopewise list --search in scripts written without spaces', () => {
  it('finds Thai, Japanese and Chinese clients by a word inside their names, and only them', async () => {
    const path = join(tempFolder(), 'scopewise.db');
    const db = await openForTest(path, { mounts: '' });
    const thai = createAssessment(db, { clientName: 'บริษัท ขนส่งด่วน จำกัด', projectTitle: 'ระบบติดตามพัสดุ' }).id;
    const japanese = createAssessment(db, { clientName: '東京物流株式会社', projectTitle: '在庫管理' }).id;
    const chinese = createAssessment(db, { clientName: '北京快递有限公司', projectTitle: '追踪系统' }).id;
    createAssessment(db, { clientName: 'Harbour Logistics', projectTitle: 'Parcel tracking' });
    db.close();

    const found = async (word: string): Promise<string[]> => {
      const result = await cli(['list', '--db', path, '--json', '--search', word]);
      expect(result.stderr, word).toBe('');
      expect(result.code, word).toBe(0);
      return (JSON.parse(result.stdout) as { id: string }[]).map((row) => row.id);
    };
    expect(await found('พัสดุ')).toEqual([thai]);
    expect(await found('ติดตาม')).toEqual([thai]);
    expect(await found('物流')).toEqual([japanese]);
    expect(await found('快递')).toEqual([chinese]);
    expect(await found('Parcel')).not.toContain(thai);
  });
});
