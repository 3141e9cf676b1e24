// The browser transport's token on the page: taken from the address's fragment (`#token=…`, which browsers never
// send to a server or put in a Referer), then dropped from the address and kept for this tab only.
// sessionStorage rather than memory alone: the router replaces the fragment, so a reload would otherwise lose the
// token. sessionStorage is separate per origin (port included) and per tab, and is gone when the tab closes; unlike
// a cookie, no browser ever sends it to a server.
const KEY = 'scopewise.token';

/** The token in a fragment like `#token=abc`, or null. */
export function tokenInFragment(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token !== null && /^[\w-]{16,}$/.test(token) ? token : null;
}

/** Adopts a token from the address (removing it from there), else the one this tab already holds. */
export function adoptSessionToken(location: Location, history: History, storage: Storage): string | null {
  const given = tokenInFragment(location.hash);
  if (given !== null) {
    storage.setItem(KEY, given);
    history.replaceState(history.state, '', `${location.pathname}${location.search}#/`);
    return given;
  }
  return storage.getItem(KEY);
}
