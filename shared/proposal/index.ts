// The proposal's public surface: build the model, render it. Import from here, not from the files.
export { FONT_FILES, type FontFile, type FontSource } from './faces';
export { proposalFileId } from './file-id';
export { checkLogo, LOGO_MAX_PIXELS, LOGO_MAX_SIDE, type LogoImage, readLogo } from './logo';
export { buildProposalModel, formatDate } from './model';
export { loadFonts, type RenderedProposal, renderProposal, renderProposalWith } from './render';
export { REPLACEMENT } from './text';
export { type Block, type Edition, EDITIONS, type ProposalModel, type ProposalOptions, type RevisionInfo, type Rgb, type Section } from './types';
