// An error's reason and params (shared/errors.ts) travel with it: set by a zod refusal and a storage failure, kept
// across the services' worker and out of dispatch, so the window can word it in its own language.
import { describe, expect, test } from 'vitest';

import { dispatch, type Handlers } from '../../electron/api/dispatch';
import { errorFromData, errorToData } from '../../electron/api/error-transfer';
import { errorText } from '../../renderer/src/lib/error-text';
import { contract } from '../../shared/api/contract';
import { AppError, parseInput } from '../../shared/errors';
import { storageError } from '../../shared/storage-error';

describe('the reason travels with the error', () => {
  test('a zod refusal at a boundary carries its reason and params beside the English sentence', () => {
    const id = '6f0d6c1e-3c4b-4c1a-9d55-0d5b3b1f2a10';
    let thrown: unknown;
    try {
      parseInput(contract['assessments.update'].input, { id, fields: { clientName: 'x'.repeat(500) } });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    const shape = (thrown as AppError).toJSON();
    expect(shape).toMatchObject({ code: 'invalid_input', field: 'fields.clientName', why: 'too_long', params: { unit: 'characters' } });
    expect(shape.message).toMatch(/^fields\.clientName: expected at most \d+ characters/);
    expect(errorText(shape, 'de')).toMatch(/^Name des Kunden darf höchstens \d+ Zeichen lang sein\.$/);
  });

  test('a storage failure names its cause as a reason', () => {
    const error = storageError(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
    expect(error?.toJSON()).toMatchObject({ code: 'io', why: 'disk_full' });
    expect(errorText(error!.toJSON(), 'de')).toBe('Der Datenträger ist voll; es wurde nichts gespeichert. Schaffen Sie Platz und versuchen Sie es erneut.');
  });

  test('the reason and params cross from the services’ worker and out of dispatch', async () => {
    const revived = errorFromData(
      errorToData(new AppError('not_found', 'This assessment has no revision 4.', 'revision', 'revision_not_found', { number: '4' })),
    );
    expect(revived).toBeInstanceOf(AppError);
    expect((revived as AppError).toJSON()).toEqual({
      code: 'not_found',
      message: 'This assessment has no revision 4.',
      field: 'revision',
      why: 'revision_not_found',
      params: { number: '4' },
    });
    const handlers = new Proxy({} as Handlers, {
      get: () => () => {
        throw revived;
      },
    });
    const answer = await dispatch(handlers, 'assessments.list', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'not_found', why: 'revision_not_found', params: { number: '4' } } });
  });
});
