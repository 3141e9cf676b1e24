// The connection form's server and role fields joined into the URL the team sync connects with.
import { describe, expect, it } from 'vitest';

import { teamUrlWithRole } from '../../shared/team-url';

describe('teamUrlWithRole', () => {
  it('puts the role as the user of the server URL, keeping host, port, database and TLS options', () => {
    expect(teamUrlWithRole(' postgres://db.example.com:5432/scopewise?sslmode=verify-full ', 'alice')).toBe(
      'postgres://alice@db.example.com:5432/scopewise?sslmode=verify-full',
    );
  });

  it('replaces a role already in the URL, and leaves the URL as given when no role is typed', () => {
    expect(teamUrlWithRole('postgres://bob@db/team', 'alice')).toBe('postgres://alice@db/team');
    expect(teamUrlWithRole('postgres://bob@db/team', '  ')).toBe('postgres://bob@db/team');
  });

  it('encodes a role with characters a URL cannot carry as they are', () => {
    expect(teamUrlWithRole('postgres://db/team', 'léa dubois')).toBe('postgres://l%C3%A9a%20dubois@db/team');
  });

  it('leaves text that is not a URL for the connection to refuse with its own message', () => {
    expect(teamUrlWithRole('not a url', 'alice')).toBe('not a url');
  });
});
