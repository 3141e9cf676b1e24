// Handlers for proposal.*: a preview of the real PDF bytes, export to a path the platform picks, open and reveal.
import { existsSync } from 'node:fs';
import { isAbsolute } from 'node:path';

import { AppError } from '../../../shared/errors';
import type { HandlerGroup } from '../dispatch';
import { inExportTurn, renderAssessmentProposal, writeProposal } from '../proposal-export';
import type { Services } from '../services';
import { describeWriteFailure } from '../write-failure';

function existingPdf(path: string): string {
  if (!isAbsolute(path) || !path.toLowerCase().endsWith('.pdf') || !existsSync(path)) {
    throw new AppError('not_found', 'That PDF is no longer where it was exported; export it again.', 'path', 'file_moved');
  }
  return path;
}

export function proposalHandlers(services: Services): HandlerGroup {
  return {
    'proposal.preview': async ({ id, edition, revision, language }) => {
      const file = await renderAssessmentProposal(services.db, id, {
        edition: edition ?? 'client',
        ...(services.proposals === null ? {} : { render: services.proposals.render }),
        ...(revision === undefined ? {} : { revision }),
        ...(language === undefined ? {} : { language }),
      });
      return { pdfBase64: Buffer.from(file.rendered.bytes).toString('base64'), pages: file.rendered.pages, replaced: file.rendered.replaced };
    },
    'proposal.export': ({ id, edition, revision, language }) =>
      inExportTurn(services.databasePath, async () => {
        const file = await renderAssessmentProposal(services.db, id, {
          edition: edition ?? 'client',
          assignNumber: true,
          ...(services.proposals === null ? {} : { render: services.proposals.render }),
          ...(revision === undefined ? {} : { revision }),
          ...(language === undefined ? {} : { language }),
        });
        const path = await services.files.chooseSavePath(file.suggestedName, 'pdf');
        if (path === null) return { cancelled: true as const };
        try {
          return { cancelled: false as const, ...writeProposal(services.db, file, path) };
        } catch (error) {
          throw describeWriteFailure(error, 'The proposal', path);
        }
      }),
    'proposal.open': async ({ path }) => {
      await services.files.openPath(existingPdf(path));
      return { ok: true };
    },
    'proposal.showInFolder': async ({ path }) => {
      await services.files.showInFolder(existingPdf(path));
      return { ok: true };
    },
  };
}
