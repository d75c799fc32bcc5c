import { ConflictError } from '@backstage/errors';
import type {
  Campaign,
  CampaignAuditEntry,
} from '@devops-maturity/plugin-maturity-common';
import type { Knex } from 'knex';
import { stableJson } from '../json';
import { TABLES } from '../tables';
import { toIso } from '../time';
import {
  CAMPAIGN_FIELDS,
  CampaignChange,
  CampaignRow,
  changeColumns,
  toCampaign,
} from './rows';

async function appendCampaignAudit(
  tx: Knex.Transaction,
  campaignId: string,
  entry: Omit<CampaignAuditEntry, 'changes'> & { changes: object },
) {
  await tx(TABLES.campaignAudit).insert({
    campaign_id: campaignId,
    action: entry.action,
    actor: entry.actor,
    at: entry.at,
    changes: stableJson(entry.changes),
  });
}

/** The fields whose values differ, each with its value before and after. */
function diffCampaigns(
  before: Campaign,
  after: Campaign,
): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const field of CAMPAIGN_FIELDS) {
    if (
      stableJson(before[field] ?? null) !== stableJson(after[field] ?? null)
    ) {
      changes[field] = {
        before: before[field] ?? null,
        after: after[field] ?? null,
      };
    }
  }
  return changes;
}

/**
 * Stores a new campaign with a `create` audit entry. 409 (ConflictError)
 * when the id is taken.
 */
export async function createCampaign(
  db: Knex,
  id: string,
  change: CampaignChange,
  actor: string,
  now: Date,
): Promise<Campaign> {
  const at = toIso(now);
  return db.transaction(async tx => {
    if (await tx(TABLES.campaigns).where('id', id).first('id')) {
      throw new ConflictError(`A campaign with id "${id}" exists`);
    }
    const row: CampaignRow = {
      id,
      ...changeColumns(change),
      created_by: actor,
      created_at: at,
      updated_by: actor,
      updated_at: at,
    };
    await tx(TABLES.campaigns).insert(row);
    const campaign = toCampaign(row);
    const { source: _source, ...definition } = campaign;
    await appendCampaignAudit(tx, id, {
      action: 'create',
      actor,
      at,
      changes: definition,
    });
    return campaign;
  });
}

/**
 * Replaces the editable fields of a stored campaign and audits the fields
 * that changed (none changed: nothing is written). Undefined when unknown.
 */
export async function updateCampaign(
  db: Knex,
  id: string,
  change: CampaignChange,
  actor: string,
  now: Date,
  action: 'update' | 'archive' = 'update',
): Promise<Campaign | undefined> {
  const at = toIso(now);
  return db.transaction(async tx => {
    const row: CampaignRow | undefined = await tx(TABLES.campaigns)
      .where('id', id)
      .first();
    if (!row) return undefined;
    const before = toCampaign(row);
    const next: CampaignRow = {
      ...row,
      ...changeColumns(change),
      updated_by: actor,
      updated_at: at,
    };
    const changes = diffCampaigns(before, toCampaign(next));
    if (Object.keys(changes).length === 0) return before;
    await tx(TABLES.campaigns).where('id', id).update(next);
    await appendCampaignAudit(tx, id, { action, actor, at, changes });
    return toCampaign(next);
  });
}

/** Archives a stored campaign (kept readable); undefined when unknown. */
export async function archiveCampaign(
  db: Knex,
  id: string,
  actor: string,
  now: Date,
): Promise<Campaign | undefined> {
  const row: CampaignRow | undefined = await db(TABLES.campaigns)
    .where('id', id)
    .first();
  if (!row) return undefined;
  const { description, ...rest } = toCampaign(row);
  return updateCampaign(
    db,
    id,
    { ...rest, ...(description ? { description } : {}), state: 'archived' },
    actor,
    now,
    'archive',
  );
}
