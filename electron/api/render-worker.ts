// The proposal renderer's worker thread (started by ./proposal-renderer.ts): turns a proposal model into PDF bytes
// with jsPDF, so the services' thread answers other calls while a proposal renders (hundreds of milliseconds, more at
// the first one, which loads the fonts). Pure work: it reads the font files and nothing else, and writes nothing.
import { parentPort } from 'node:worker_threads';

import { type ProposalModel, renderProposal } from '../../shared/proposal';
import { errorToData } from './error-transfer';
import { fontFiles } from './proposal-fonts';

export interface RenderRequest {
  id: number;
  model: ProposalModel;
}

export type RenderAnswer =
  { id: number; rendered: { bytes: Uint8Array; pages: number; replaced: string[] } } | { id: number; error: ReturnType<typeof errorToData> };

if (parentPort !== null) {
  const port = parentPort;
  port.on('message', ({ id, model }: RenderRequest) => {
    renderProposal(model, fontFiles).then(
      (rendered) => {
        const { bytes } = rendered;
        const own = bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
        port.postMessage({ id, rendered } satisfies RenderAnswer, own ? [bytes.buffer] : []);
      },
      (error: unknown) => port.postMessage({ id, error: errorToData(error) } satisfies RenderAnswer),
    );
  });
}
