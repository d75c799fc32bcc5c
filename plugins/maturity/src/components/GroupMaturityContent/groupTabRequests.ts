import type { MaturityApi } from '../../api/MaturityApi';
import { ENTITY_PAGE_SIZE } from '../../hooks/useAllEntities';
import { GROUP_STALE_LISTED } from '../GroupStaleEvidence/groupStaleListed';

/**
 * The requests the group Maturity tab sends first (default model), as
 * {@link GroupMaturityContent} and its hooks send them: the models, the
 * team's scorecard and attestations, the first page of its entities, its
 * stale evidence and rollup. Prefetched on navigation to the tab; keep in
 * step with the tab (its requests test checks).
 */
export function groupTabRequests(
  api: MaturityApi,
  groupRef: string,
): Array<Promise<unknown>> {
  return [
    api.listModels(),
    api.getScorecard(groupRef, { model: undefined }),
    api.listAttestations(groupRef),
    api.listEntities({ group: groupRef, limit: ENTITY_PAGE_SIZE }),
    api.getStaleEvidence({ group: groupRef, limit: GROUP_STALE_LISTED }),
    api.getGroupRollup(groupRef, { model: undefined, weakest: 0 }),
  ];
}
