import type { CampaignTarget } from '@devops-maturity/plugin-maturity-common';
import type { Knex } from 'knex';
import { readRemainingChecks } from './readRemainingChecks';

/** A check still failing (or unknown) toward a target not met. */
export interface CampaignScopeCheck {
  checkId: string;
  domainId: string;
  level: number;
  status: string;
}

/** Whose remaining checks to read: entities and the targets they miss. */
export interface CampaignChecksQuery {
  modelId: string;
  entities: ReadonlyArray<{
    entityRef: string;
    /** The campaign targets the entity does not meet. */
    notMet: readonly CampaignTarget[];
  }>;
}

/**
 * The checks still failing (or unknown) toward the targets each entity does
 * not meet, in the order of its check document; by entity ref. An entity
 * without stored checks has none.
 */
export async function readCampaignChecks(
  db: Knex,
  query: CampaignChecksQuery,
): Promise<Map<string, CampaignScopeCheck[]>> {
  const notMetOf = new Map(query.entities.map(e => [e.entityRef, e.notMet]));
  const result = new Map<string, CampaignScopeCheck[]>();
  for await (const [entityRef, checks] of readRemainingChecks(
    db,
    query.modelId,
    notMetOf,
  )) {
    result.set(
      entityRef,
      checks.map(c => ({
        checkId: c.checkId,
        domainId: c.domainId,
        level: c.level,
        status: c.status,
      })),
    );
  }
  return result;
}
