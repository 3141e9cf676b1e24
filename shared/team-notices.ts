// What a colleague's change did to this consultant's work, in words: one sentence per notice kind, for the CLI's sync
// and the app's notices alike. Pure.
export const TEAM_NOTICE_KINDS = ['restored-by-edit', 'resolved-by-colleague', 'resolution-stood'] as const;
export type TeamNoticeKind = (typeof TEAM_NOTICE_KINDS)[number];

const WORDS: Record<TeamNoticeKind, (by: string) => string> = {
  'restored-by-edit': (by) => `deleted here, brought back by ${by}'s edit`,
  'resolved-by-colleague': (by) => `${by} resolved its conflict; their version is now the current one here`,
  'resolution-stood': (by) => `${by} resolved the same conflict a moment later; the resolution made here stood`,
};

export function describeNotice(kind: TeamNoticeKind, by: string): string {
  return WORDS[kind](by);
}
