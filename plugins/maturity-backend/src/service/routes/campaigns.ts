import type { CampaignState } from '@devops-maturity/plugin-maturity-common';
import type express from 'express';
import type { CampaignService } from '../../campaigns/CampaignService';
import { parseEntityRefParam } from '../requestParsing';

/** What the campaign routes need. */
export interface CampaignRoutesOptions {
  campaigns: CampaignService;
  /** Authenticates the request and authorises reading maturity data; throws otherwise. */
  readAccess(req: express.Request): Promise<unknown>;
  /**
   * Authenticates the request and authorises `maturity.campaign.manage`;
   * returns the actor (a user entity ref or a service's subject).
   */
  manageAccess(req: express.Request): Promise<string>;
}

/**
 * `GET/POST /campaigns`, `GET/PUT /campaigns/{id}`,
 * `POST /campaigns/{id}/archive` and `GET /campaigns/{id}/audit`.
 */
export function registerCampaignRoutes(
  router: express.Router,
  options: CampaignRoutesOptions,
): void {
  const { campaigns, readAccess, manageAccess } = options;

  router.get('/campaigns', async (req, res) => {
    await readAccess(req);
    const owner =
      req.query.owner === undefined
        ? undefined
        : parseEntityRefParam(req.query.owner, 'owner');
    const list = await campaigns.list({
      state: req.query.state as CampaignState | undefined,
      owner,
    });
    res.json({ items: await campaigns.summaries(list) });
  });

  router.post('/campaigns', async (req, res) => {
    const actor = await manageAccess(req);
    res.status(201).json(await campaigns.create(req.body, actor));
  });

  router.get('/campaigns/:id', async (req, res) => {
    await readAccess(req);
    res.json({ campaign: await campaigns.get(req.params.id) });
  });

  router.put('/campaigns/:id', async (req, res) => {
    const actor = await manageAccess(req);
    res.json(await campaigns.update(req.params.id, req.body, actor));
  });

  router.post('/campaigns/:id/archive', async (req, res) => {
    const actor = await manageAccess(req);
    res.json({ campaign: await campaigns.archive(req.params.id, actor) });
  });

  router.get('/campaigns/:id/audit', async (req, res) => {
    await readAccess(req);
    res.json({ items: await campaigns.audit(req.params.id) });
  });
}
