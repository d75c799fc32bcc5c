import type { CampaignAuditEntry } from '@devops-maturity/plugin-maturity-common';
import type { Knex } from 'knex';
import { TABLES } from '../tables';
import { CampaignAuditRow, toCampaignAuditEntry } from './rows';

/** The audit trail of a campaign, oldest first. */
export async function listCampaignAudit(
  db: Knex,
  campaignId: string,
): Promise<CampaignAuditEntry[]> {
  const rows: CampaignAuditRow[] = await db(TABLES.campaignAudit)
    .where('campaign_id', campaignId)
    .orderBy([
      { column: 'at', order: 'asc' },
      { column: 'id', order: 'asc' },
    ]);
  return rows.map(toCampaignAuditEntry);
}
