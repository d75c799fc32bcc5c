import type {
  Campaign,
  CampaignAuditEntry,
  CampaignScope,
  CampaignState,
  CampaignTarget,
} from '@devops-maturity/plugin-maturity-common';
import { stableJson } from '../json';

/** A row of `maturity_campaigns`. */
export interface CampaignRow {
  id: string;
  title: string;
  description: string | null;
  owner_ref: string;
  model_id: string;
  targets: string;
  scope: string;
  start_date: string;
  target_date: string;
  state: string;
  created_by: string | null;
  created_at: string;
  updated_by: string | null;
  updated_at: string;
}

/** A row of `maturity_campaign_audit`. */
export interface CampaignAuditRow {
  id: number;
  campaign_id: string;
  action: string;
  actor: string;
  at: string;
  changes: string;
}

/** The fields of a campaign that a change may set (and the audit compares). */
export const CAMPAIGN_FIELDS = [
  'title',
  'description',
  'owner',
  'modelId',
  'targets',
  'scope',
  'startDate',
  'targetDate',
  'state',
] as const;

/** What an update sets: every editable field (absent description = none). */
export type CampaignChange = Pick<
  Campaign,
  Exclude<(typeof CAMPAIGN_FIELDS)[number], 'description'>
> & { description?: string };

/** Maps a stored row to the API's campaign. */
export function toCampaign(row: CampaignRow): Campaign {
  return {
    id: row.id,
    title: row.title,
    ...(row.description !== null ? { description: row.description } : {}),
    owner: row.owner_ref,
    modelId: row.model_id,
    targets: JSON.parse(row.targets) as CampaignTarget[],
    scope: JSON.parse(row.scope) as CampaignScope,
    startDate: row.start_date,
    targetDate: row.target_date,
    state: row.state as CampaignState,
    source: 'api',
    ...(row.created_by !== null ? { createdBy: row.created_by } : {}),
    createdAt: row.created_at,
    ...(row.updated_by !== null ? { updatedBy: row.updated_by } : {}),
    updatedAt: row.updated_at,
  };
}

/** The editable columns of a campaign. */
export function changeColumns(
  change: CampaignChange,
): Omit<
  CampaignRow,
  'id' | 'created_by' | 'created_at' | 'updated_by' | 'updated_at'
> {
  return {
    title: change.title,
    description: change.description ?? null,
    owner_ref: change.owner,
    model_id: change.modelId,
    targets: stableJson(change.targets),
    scope: stableJson(change.scope),
    start_date: change.startDate,
    target_date: change.targetDate,
    state: change.state,
  };
}

/** Maps a stored audit row to the API's entry. */
export function toCampaignAuditEntry(
  row: CampaignAuditRow,
): CampaignAuditEntry {
  return {
    action: row.action as CampaignAuditEntry['action'],
    actor: row.actor,
    at: row.at,
    changes: JSON.parse(row.changes),
  };
}
