// The page's hold on serve's token: taken from the fragment, removed from the address, kept for the tab only.
import { afterEach, describe, expect, test } from 'vitest';

import { adoptSessionToken, tokenInFragment } from '../../renderer/src/lib/session-token';

const TOKEN = 'Vx3_kP9-qL2mN8rT5wY7zA1bC4dE6fG0';

afterEach(() => {
  sessionStorage.clear();
  history.replaceState(null, '', '/');
});

describe('the session token', () => {
  test('is read only from a token=… fragment of plausible form', () => {
    expect(tokenInFragment(`#token=${TOKEN}`)).toBe(TOKEN);
    expect(tokenInFragment('#/settings')).toBeNull();
    expect(tokenInFragment('#token=')).toBeNull();
    expect(tokenInFragment('#token=<script>alert(1)</script>')).toBeNull();
    expect(tokenInFragment('')).toBeNull();
  });

  test('is taken from the address, which then no longer shows it, and kept for a reload of the same tab', () => {
    history.replaceState(null, '', `/#token=${TOKEN}`);
    expect(adoptSessionToken(location, history, sessionStorage)).toBe(TOKEN);
    expect(location.href).not.toContain(TOKEN);
    expect(location.hash).toBe('#/');
    history.replaceState(null, '', '/#/settings');
    expect(adoptSessionToken(location, history, sessionStorage)).toBe(TOKEN);
    expect(location.hash).toBe('#/settings');
    expect(document.cookie).toBe('');
  });

  test('is absent in a tab that never saw the URL', () => {
    expect(adoptSessionToken(location, history, sessionStorage)).toBeNull();
  });
});
