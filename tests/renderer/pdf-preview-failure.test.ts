// @vitest-environment jsdom
// A preview pdf.js cannot draw says so in the app's language: in German no English sentence of pdf.js's own is on
// screen (it stays in the paragraph's title, for whoever diagnoses it), and the consultant learns that export works.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { afterEach, describe, expect, test, vi } from 'vitest';

import PdfPages from '../../renderer/src/components/PdfPages.svelte';
import { applyUiLanguage } from '../../renderer/src/lib/i18n.svelte';
import { type Mounted, show } from './mount';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.destroy();
  mounted = null;
  applyUiLanguage('en');
  vi.unstubAllGlobals();
});

/** Bytes that are not a PDF at all, as base64. */
const NOT_A_PDF = btoa('this is not a PDF file, only a few words');

describe('the proposal preview that cannot be drawn', () => {
  test('in German the failure is a German sentence, with pdf.js’s own words only in the title', async () => {
    // jsdom lays nothing out: the width the preview binds to comes from an observer it does not have.
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe(): void {}
        unobserve(): void {}
        disconnect(): void {}
      },
    );
    applyUiLanguage('de');
    mounted = show(PdfPages, { base64: NOT_A_PDF });
    const error = await vi.waitFor(
      () => {
        const found = mounted!.target.querySelector<HTMLElement>('p.error');
        if (found === null) throw new Error('no failure shown yet');
        return found;
      },
      { timeout: 10_000 },
    );
    expect(error.textContent).toBe('Die Vorschau konnte nicht angezeigt werden. Der PDF-Export funktioniert weiterhin.');
    expect(error.title).not.toBe('');
  });
});
