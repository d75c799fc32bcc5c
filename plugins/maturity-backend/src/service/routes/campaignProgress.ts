import type express from 'express';
import type { CampaignService } from '../../campaigns/CampaignService';
import { entityRefFromPath, parseGroupRefParam } from '../requestParsing';
import { sendCachedJson } from '../sendCachedJson';

/** What the campaign progress routes need. */
export interface CampaignProgressRoutesOptions {
  campaigns: CampaignService;
  /** Authenticates the request and authorises reading maturity data; throws otherwise. */
  readAccess(req: express.Request): Promise<unknown>;
}

/**
 * `GET /campaigns/{id}/progress`, `GET /entities/{kind}/{ns}/{name}/campaigns`
 * and `GET /groups/{ns}/{name}/campaigns`: progress derived from the levels
 * now and the level history.
 */
export function registerCampaignProgressRoutes(
  router: express.Router,
  options: CampaignProgressRoutesOptions,
): void {
  const { campaigns, readAccess } = options;

  router.get('/campaigns/:id/progress', async (req, res) => {
    await readAccess(req);
    await sendCachedJson(req, res, await campaigns.progress(req.params.id));
  });

  router.get('/entities/:kind/:namespace/:name/campaigns', async (req, res) => {
    await readAccess(req);
    res.json({
      items: await campaigns.entityCampaigns(entityRefFromPath(req.params)),
    });
  });

  router.get('/groups/:namespace/:name/campaigns', async (req, res) => {
    await readAccess(req);
    const groupRef = parseGroupRefParam(
      `group:${req.params.namespace}/${req.params.name}`,
    );
    const list = await campaigns.list({});
    res.json({ items: await campaigns.summaries(list, groupRef) });
  });
}
