// The channel names alone, without schemas, for the preload (which must stay tiny and carry no zod).
// contract.ts checks at compile time that this list and the contract's keys are the same set.
export const CHANNEL_NAMES = [
  'assessments.list',
  'assessments.get',
  'assessments.create',
  'assessments.update',
  'assessments.delete',
  'assessments.restore',
  'assessments.duplicate',
  'assessments.revisions',
  'assessments.compare',
  'assessments.restoreRevision',
  'assessments.discardIfUntouched',
  'proposal.preview',
  'proposal.export',
  'proposal.open',
  'proposal.showInFolder',
  'settings.get',
  'settings.update',
  'settings.pickLogo',
  'scope.draft',
  'scope.updateRates',
  'bundles.import',
  'bundles.export',
  'backups.list',
  'backups.create',
  'backups.restore',
] as const;

export type ChannelNameList = (typeof CHANNEL_NAMES)[number];
