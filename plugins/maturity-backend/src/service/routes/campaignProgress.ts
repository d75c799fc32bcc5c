import type express from 'express';
import {
  campaignCsvHeader,
  campaignCsvLine,
} from '../../campaigns/campaignEntitiesCsv';
import type { CampaignService } from '../../campaigns/CampaignService';
import { entityRefFromPath, parseGroupRefParam } from '../requestParsing';
import { sendEncodedJson } from '../sendEncodedJson';
import { writeStream } from '../writeStream';
import {
  parseEntityPageQuery,
  parseEntitySelection,
} from './campaignEntityQuery';

/** What the campaign progress routes need. */
export interface CampaignProgressRoutesOptions {
  campaigns: CampaignService;
  /** Authenticates the request and authorises reading maturity data; throws otherwise. */
  readAccess(req: express.Request): Promise<unknown>;
}

/** CSV text is written in pieces of about this many characters. */
const CSV_PIECE = 64 * 1024;

/**
 * `GET /campaigns/{id}/progress` (one page of entities),
 * `GET /campaigns/{id}/entities.csv` (every matching entity),
 * `GET /entities/{kind}/{ns}/{name}/campaigns` and
 * `GET /groups/{ns}/{name}/campaigns`: progress derived from the levels now
 * and the level history, computed once per scope read.
 */
export function registerCampaignProgressRoutes(
  router: express.Router,
  options: CampaignProgressRoutesOptions,
): void {
  const { campaigns, readAccess } = options;

  router.get('/campaigns/:id/progress', async (req, res) => {
    await readAccess(req);
    const query = parseEntityPageQuery(req.query);
    const progress = await campaigns.progress(req.params.id);
    await sendEncodedJson(req, res, await progress.pageJson(query));
  });

  router.get('/campaigns/:id/entities.csv', async (req, res) => {
    await readAccess(req);
    const selection = parseEntitySelection(req.query);
    const progress = await campaigns.progress(req.params.id);
    const { campaign } = progress.head;
    const { targets } = campaign;
    res.type('text/csv; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="maturity-campaign-${campaign.id}.csv"`,
    );
    // A byte order mark so that spreadsheets read UTF-8.
    let piece = `\ufeff${campaignCsvHeader(
      targets,
      campaigns.domainTitles(campaign),
    )}`;
    // remaining checks are read per few hundred rows, as they are written
    for await (const entity of progress.progressOf(selection)) {
      piece += campaignCsvLine(targets, entity);
      if (piece.length >= CSV_PIECE) {
        if (!(await writeStream(res, piece))) return;
        piece = '';
      }
    }
    res.end(piece);
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
