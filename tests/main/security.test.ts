// Which URLs are the app's own page and which links may leave for the system browser (electron/main/security.ts).
import { describe, expect, it } from 'vitest';

import { APP_ORIGIN, isAppUrl, isExternalLink } from '../../electron/main/security';

describe('isAppUrl', () => {
  it('accepts pages served through app://scopewise', () => {
    expect(APP_ORIGIN).toBe('app://scopewise');
    for (const url of ['app://scopewise/', 'app://scopewise/index.html', 'app://scopewise/index.html#/assessments/1']) {
      expect(isAppUrl(url), url).toBe(true);
    }
  });

  it('refuses every other origin, scheme, look-alike host, credentials and non-strings', () => {
    const foreign = [
      'file:///home/user/scopewise/out/renderer/index.html',
      'https://evil.example/',
      'http://scopewise/',
      'app://evil/index.html',
      'app://scopewise.evil.example/',
      'app://scopewise:8080/',
      'app://user:pass@scopewise/',
      'app://user@scopewise/',
      'app:scopewise/index.html',
      'devtools://devtools/bundled/inspector.html',
      'about:blank',
      'data:text/html,<script>1</script>',
      'javascript:alert(1)',
      '',
      'not a url',
      null,
      undefined,
    ];
    for (const url of foreign) expect(isAppUrl(url), String(url)).toBe(false);
  });
});

describe('isExternalLink', () => {
  it('lets plain http and https links go to the system browser', () => {
    for (const url of ['https://www.djangoproject.com/', 'http://example.com/path?q=1', 'HTTPS://EXAMPLE.COM']) {
      expect(isExternalLink(url), url).toBe(true);
    }
  });

  it('never opens javascript:, file:, data:, custom schemes, credentials or garbage', () => {
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,hi',
      'app://scopewise/index.html',
      'smb://server/share',
      'ms-msdt:/id',
      'vscode://file/etc/passwd',
      'mailto:someone@example.com',
      'https://user:password@example.com/',
      '//example.com/',
      '',
      'not a url',
    ]) {
      expect(isExternalLink(url), url).toBe(false);
    }
  });
});
