import { InputError, NotFoundError } from '@backstage/errors';
import type express from 'express';
import type { ModelRegistry } from '../../model/ModelRegistry';
import type { MaturityStore } from '../../store/MaturityStore';
import {
  integerParam,
  modelParam,
  parseGroupRefParam,
} from '../requestParsing';

/** The entities listed when `limit` is absent. */
export const DEFAULT_STALE_EVIDENCE_LIMIT = 100;

/** What the stale evidence route needs. */
export interface StaleEvidenceRoutesOptions {
  store: MaturityStore;
  models: ModelRegistry;
  /** Authenticates the request and authorises reading maturity data; throws otherwise. */
  readAccess(req: express.Request): Promise<unknown>;
}

/**
 * `GET /stale-evidence?model=&group=&limit=`: the entities whose scorecards
 * rest on evidence that could not be read at their latest evaluation, in the
 * whole catalog or among those owned within a group's subtree
 * (`StaleEvidenceSummary`). `modelId` is accepted for `model`. An unknown
 * model or a bad limit or group ref is 400, an unknown group 404.
 */
export function registerStaleEvidenceRoutes(
  router: express.Router,
  options: StaleEvidenceRoutesOptions,
): void {
  const { store, models, readAccess } = options;

  router.get('/stale-evidence', async (req, res) => {
    await readAccess(req);
    if (
      req.query.model !== undefined &&
      req.query.modelId !== undefined &&
      req.query.model !== req.query.modelId
    ) {
      throw new InputError('model and modelId name different models');
    }
    const compiled = modelParam(models, req.query.model ?? req.query.modelId);
    const groupRef =
      req.query.group === undefined
        ? undefined
        : parseGroupRefParam(req.query.group);
    const summary = await store.getStaleEvidence({
      modelId: compiled.model.id,
      groupRef,
      limit:
        integerParam(req.query.limit, 'limit', 1, 1000) ??
        DEFAULT_STALE_EVIDENCE_LIMIT,
    });
    if (!summary) {
      throw new NotFoundError(
        `No group ${groupRef} known to the maturity backend`,
      );
    }
    res.json(summary);
  });
}
