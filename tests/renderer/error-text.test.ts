// An API error in the app's language: the window words it from its code, reason and params (the handlers answer in
// English), English keeps the server's own sentence, and an error without a reason keeps that sentence as its detail.
import { describe, expect, test } from 'vitest';

import { errorText, teamErrorText } from '../../renderer/src/lib/error-text';
import { ERROR_REASONS, type ErrorReason } from '../../shared/errors';

/** The params each reason's wording reads, as the servers fill them. */
const PARAMS: Partial<Record<ErrorReason, Record<string, string>>> = {
  unknown_field: { name: 'colour' },
  too_short: { limit: '1', unit: 'characters' },
  too_long: { limit: '200', unit: 'characters' },
  too_small: { limit: '0' },
  too_big: { limit: '100,000,000' },
  not_one_of: { values: 'draft, sent' },
  wrong_type: { expected: 'int' },
  bad_format: { format: 'email' },
  revision_not_found: { number: '4' },
  backup_not_found: { name: 'scopewise-2026-12-07.db' },
  number_taken: { number: 'SW-2026-014' },
  bundle_too_large: { limit: '160 MB' },
  bundle_newer: { version: '9' },
  bundle_too_many: { limit: '10000' },
  backup_failed_check: { kept: 'failed/scopewise-2026-12-07.db', live: 'damaged' },
  team_unreachable: { server: 'anna@team.example:5432/scopewise' },
  team_password_refused: { server: 'anna@team.example:5432/scopewise' },
  team_no_password: { server: 'anna@team.example:5432/scopewise' },
  team_connection_lost: { server: 'anna@team.example:5432/scopewise' },
  team_not_set_up: { server: 'anna@team.example:5432/scopewise' },
  team_certificate_refused: { server: 'anna@team.example:5432/scopewise' },
  team_no_rights: { server: 'anna@team.example:5432/scopewise' },
  team_schema_newer: { server: 'anna@team.example:5432/scopewise' },
  team_schema_older: { server: 'anna@team.example:5432/scopewise' },
};

const ENGLISH = 'the server’s English sentence';

describe('an API error in the app’s language', () => {
  test('every reason has its German sentence, with its params filled in and none of the English', () => {
    for (const reason of ERROR_REASONS) {
      const field = reason === 'unknown_field' ? 'fields.colour' : 'fields.clientName';
      const error = { code: 'invalid_input', message: ENGLISH, field, why: reason, params: PARAMS[reason] ?? {} };
      const german = errorText(error, 'de');
      expect(german, reason).not.toContain(ENGLISH);
      expect(german, reason).not.toMatch(/[{}]|undefined/);
      for (const value of Object.values(PARAMS[reason] ?? {}).filter((v) =>
        ['name', 'number', 'server', 'version', 'kept'].some((k) => PARAMS[reason]?.[k] === v),
      ))
        expect(german, reason).toContain(value);
    }
  });

  test('a refused form value names the window’s label and the rule in German, numbers in German digits', () => {
    expect(
      errorText({ code: 'invalid_input', message: ENGLISH, field: 'fields.clientName', why: 'too_long', params: { limit: '200', unit: 'characters' } }, 'de'),
    ).toBe('Name des Kunden darf höchstens 200 Zeichen lang sein.');
    expect(
      errorText({ code: 'invalid_input', message: ENGLISH, field: 'rateCard.rates[0].dayRate', why: 'too_big', params: { limit: '100,000,000' } }, 'de'),
    ).toBe('Tagessatz für Rolle 1 darf höchstens 100.000.000 sein.');
    expect(
      errorText({ code: 'invalid_input', message: ENGLISH, field: 'requirements.auth', why: 'not_one_of', params: { values: 'none, basic, roles' } }, 'de'),
    ).toBe('„requirements.auth“ muss einer dieser Werte sein: none, basic, roles.');
    expect(errorText({ code: 'invalid_input', message: ENGLISH, field: 'branding.email', why: 'bad_format', params: { format: 'email' } }, 'de')).toBe(
      'E-Mail muss eine E-Mail-Adresse sein, etwa name@example.com.',
    );
  });

  test('English keeps the server’s sentence, which names more', () => {
    expect(errorText({ code: 'conflict', message: ENGLISH, why: 'database_in_use' }, 'en')).toBe(ENGLISH);
  });

  test('an error without a reason says its kind in German and keeps the English sentence as detail; an unexpected one says nothing was changed', () => {
    expect(errorText({ code: 'not_found', message: 'unknown channel "x"' }, 'de')).toBe('Das wurde nicht gefunden (unknown channel "x").');
    expect(errorText({ code: 'internal', message: 'Something went wrong while doing that. Nothing was changed; please try again.' }, 'de')).toBe(
      'Dabei ist etwas schiefgegangen. Es wurde nichts geändert; bitte versuchen Sie es erneut.',
    );
  });

  test('a sentence the window wrote itself (no code) is shown as it is', () => {
    expect(errorText({ message: 'Noch nicht gespeichert: E-Mail ist ungültig.' }, 'de')).toBe('Noch nicht gespeichert: E-Mail ist ungültig.');
  });

  test('the team’s last sync failure in German, from its key when the status gives one; English as stored', () => {
    const lastError = 'team database anna@team.example:5432/scopewise: nothing answers there (connection refused); working offline';
    expect(teamErrorText({ lastError, lastErrorWhy: 'team_unreachable', lastErrorParams: { server: 'anna@team.example:5432/scopewise' } }, 'de')).toBe(
      'Die Team-Datenbank anna@team.example:5432/scopewise ist nicht erreichbar; Scopewise arbeitet offline weiter.',
    );
    // A failure stored by an earlier run has no key: German says the sync failed and is retried, no English sentence.
    expect(teamErrorText({ lastError }, 'de')).toBe(
      'Der letzte Abgleich mit der Team-Bibliothek ist fehlgeschlagen; Scopewise versucht es in einigen Minuten erneut.',
    );
    expect(teamErrorText({ lastError }, 'en')).toBe(lastError);
    expect(teamErrorText({ lastError, lastErrorWhy: 'team_unreachable' }, 'en')).toBe(lastError);
    expect(teamErrorText({ lastError: null }, 'de')).toBe('');
  });
});
