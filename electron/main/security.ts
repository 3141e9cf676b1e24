// Window hardening decisions: which URLs are the app's own, which links may open in the browser.
// Pure functions here; electron/main/harden.ts applies them to Electron objects.
export const APP_SCHEME = 'app';
export const APP_HOST = 'scopewise';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Is this URL a page of ours (the renderer served through app://scopewise)? */
export function isAppUrl(url: string | undefined | null): boolean {
  if (typeof url !== 'string') return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/** Only plain web links may leave the app, and only to the system browser. */
export function isExternalLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}
