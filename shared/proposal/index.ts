// The proposal's public surface: build the model, render it. Import from here, not from the files.
export {
  buildProposalModel,
  formatDate,
  EDITIONS,
  type Block,
  type Edition,
  type ProposalModel,
  type ProposalOptions,
  type RevisionInfo,
  type Rgb,
  type Section,
} from './model';
export { renderProposal, renderProposalWith, loadFonts, type RenderedProposal } from './render';
export { checkLogo, readLogo, LOGO_MAX_PIXELS, LOGO_MAX_SIDE, type LogoImage } from './logo';
export { REPLACEMENT } from './text';
export { FONT_FILES, type FontFile, type FontSource } from './faces';
