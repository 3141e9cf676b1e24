// The proposal renderer as the app's Node callers use it: fonts read from shared/proposal/fonts by electron/api/proposal-fonts.ts.
import { fontFiles } from '../../electron/api/proposal-fonts';
import { type ProposalModel, type RenderedProposal, renderProposal as render } from '../../shared/proposal';
import { faceFrom, type FontSet } from '../../shared/proposal/faces';

export function renderProposal(model: ProposalModel): Promise<RenderedProposal> {
  return render(model, fontFiles);
}

/** Every face, loaded from the files, for layout tests; `only` drops the optional faces not listed. */
export async function nodeFaces(only: readonly ('thai' | 'cjk')[] = ['thai', 'cjk']): Promise<FontSet> {
  const [regular, bold, thai, cjk] = await Promise.all((['regular', 'bold', 'thai', 'cjk'] as const).map((n) => faceFrom(fontFiles, n)));
  return { regular: regular!, bold: bold!, thai: only.includes('thai') ? thai! : null, cjk: only.includes('cjk') ? cjk! : null };
}
