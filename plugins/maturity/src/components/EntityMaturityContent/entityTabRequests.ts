import type { MaturityApi } from '../../api/MaturityApi';

/**
 * The requests the entity Maturity tab sends first (default model), as
 * {@link EntityMaturityContent} and its hooks send them: the scorecard,
 * attestations, waivers, campaigns and level history. Prefetched on
 * navigation to the tab; keep in step with the tab (its requests test checks).
 */
export function entityTabRequests(
  api: MaturityApi,
  entityRef: string,
): Array<Promise<unknown>> {
  return [
    api.getScorecard(entityRef, { model: undefined }),
    api.listAttestations(entityRef),
    api.listWaivers(entityRef),
    api.listEntityCampaigns(entityRef),
    api.getEntityHistory(entityRef, { model: undefined }),
  ];
}
