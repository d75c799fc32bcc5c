import type {
  Campaign,
  CampaignState,
} from '@devops-maturity/plugin-maturity-common';
import type { Knex } from 'knex';
import { TABLES } from '../tables';
import { CampaignRow, toCampaign } from './rows';

/** One stored campaign; undefined when unknown. */
export async function getCampaign(
  db: Knex,
  id: string,
): Promise<Campaign | undefined> {
  const row: CampaignRow | undefined = await db(TABLES.campaigns)
    .where('id', id)
    .first();
  return row && toCampaign(row);
}

/**
 * Stored campaigns, by target date then id; archived ones only when asked
 * for by state.
 */
export async function listCampaigns(
  db: Knex,
  query: { state?: CampaignState; owner?: string },
): Promise<Campaign[]> {
  const builder = db<CampaignRow>(TABLES.campaigns).orderBy([
    { column: 'target_date', order: 'asc' },
    { column: 'id', order: 'asc' },
  ]);
  if (query.state) builder.where('state', query.state);
  else builder.whereNot('state', 'archived');
  if (query.owner) builder.where('owner_ref', query.owner);
  const rows: CampaignRow[] = await builder;
  return rows.map(toCampaign);
}
