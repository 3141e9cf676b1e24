// The team database's address as a consultant is given it: the server (postgres://host:port/database, with any TLS
// options) and their own role, kept apart in the connection form and joined here. Pure; runs in the UI and in Node.

/** The server URL with `role` as the user to connect as; an empty role leaves the URL as given (a role already in it). */
export function teamUrlWithRole(server: string, role: string): string {
  const trimmed = server.trim();
  if (role.trim() === '') return trimmed;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return trimmed;
  }
  parsed.username = encodeURIComponent(role.trim());
  return parsed.toString();
}
