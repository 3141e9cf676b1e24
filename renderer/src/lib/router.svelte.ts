// The current screen, kept in step with location.hash (back/forward and reload work); navigate() changes it.
import { parseRoute, routeHash, type Route } from './route';

class Router {
  current = $state.raw<Route>(typeof location === 'undefined' ? { screen: 'list' } : parseRoute(location.hash));
}

export const router = new Router();

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => {
    router.current = parseRoute(location.hash);
  });
}

export function navigate(route: Route): void {
  const hash = routeHash(route);
  router.current = route;
  if (location.hash !== hash && !(hash === '#/' && location.hash === '')) location.hash = hash;
}
