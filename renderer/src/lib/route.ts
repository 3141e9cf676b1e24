// Where the user is, as a pure mapping between the address's hash and a Route, so reload reopens the same screen.
export type EditorTab = 'questions' | 'scope' | 'proposal' | 'revisions';

export type Route =
  { screen: 'list' } | { screen: 'trash' } | { screen: 'settings' } | { screen: 'pipeline' } | { screen: 'editor'; id: string; tab: EditorTab };

const TABS: readonly EditorTab[] = ['questions', 'scope', 'proposal', 'revisions'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseRoute(hash: string): Route {
  const parts = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter((p) => p !== '');
  if (parts[0] === 'settings') return { screen: 'settings' };
  if (parts[0] === 'trash') return { screen: 'trash' };
  if (parts[0] === 'pipeline') return { screen: 'pipeline' };
  if (parts[0] === 'assessment' && parts[1] !== undefined && UUID.test(parts[1])) {
    const tab = TABS.find((t) => t === parts[2]) ?? 'questions';
    return { screen: 'editor', id: parts[1], tab };
  }
  return { screen: 'list' };
}

export function routeHash(route: Route): string {
  switch (route.screen) {
    case 'list':
      return '#/';
    case 'settings':
      return '#/settings';
    case 'trash':
      return '#/trash';
    case 'pipeline':
      return '#/pipeline';
    case 'editor':
      return route.tab === 'questions' ? `#/assessment/${route.id}` : `#/assessment/${route.id}/${route.tab}`;
  }
}
