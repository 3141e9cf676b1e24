// The current screen, kept in step with location.hash (back/forward and reload work); navigate() changes it.
import { parseRoute, type Route, routeHash } from './route';

class Router {
  current = $state.raw<Route>(typeof location === 'undefined' ? { screen: 'list' } : parseRoute(location.hash));
}

export const router = new Router();

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => {
    router.current = parseRoute(location.hash);
  });
}

/** After a screen changes, keyboard focus may have been on something now gone: start it at the screen's heading. */
export function focusHeadingIfLost(id: string): void {
  if (document.activeElement === null || document.activeElement === document.body) document.getElementById(id)?.focus({ preventScroll: true });
}

export function navigate(route: Route): void {
  const hash = routeHash(route);
  router.current = route;
  if (location.hash !== hash && !(hash === '#/' && location.hash === '')) location.hash = hash;
}
