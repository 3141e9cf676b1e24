// Handlers for deals.*: status changes and the pipeline, thin calls into db/deals.ts and db/pipeline.ts.
import { pipelineCsv, readPipeline, setStatus } from '../../../db';
import type { HandlerGroup } from '../dispatch';
import type { Services } from '../services';

export function dealHandlers(services: Services): HandlerGroup {
  return {
    'deals.setStatus': ({ id, ...change }) => setStatus(services.db, id, change),
    'deals.pipeline': (query) => readPipeline(services.db, query),
    'deals.pipelineCsv': () => ({ csv: [...pipelineCsv(services.db)].join('') }),
  };
}
