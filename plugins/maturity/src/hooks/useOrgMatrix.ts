import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { maturityApiRef } from '../api/MaturityApi';
import type { GroupRollupRow } from '../api/types';
import { aggregateEntities } from '../lib/aggregate';
import { fetchAllEntities } from './useAllEntities';

/** Filters of the org matrix. */
export interface OrgMatrixFilters {
  modelId?: string;
  kind?: string;
  lifecycle?: string;
}

/**
 * The org matrix (top-level groups and their children × domains). Without
 * kind or lifecycle filters it is the backend's rollup; with them, each
 * group's aggregates are recomputed from its filtered entities (nested
 * groups included, as in the rollup).
 */
export function useOrgMatrix(filters: OrgMatrixFilters, domainIds: string[]) {
  const api = useApi(maturityApiRef);
  const { modelId, kind, lifecycle } = filters;
  const domainKey = domainIds.join(',');
  return useAsyncRetry(async (): Promise<GroupRollupRow[]> => {
    const { rows } = await api.getOrgRollup({ model: modelId });
    if (!kind && !lifecycle) return rows;
    return Promise.all(
      rows.map(async row => {
        const { items } = await fetchAllEntities(q => api.listEntities(q), {
          model: modelId,
          group: row.groupRef,
          kind,
          lifecycle,
        });
        const aggregates = aggregateEntities(items, domainIds);
        return {
          ...row,
          entityCount: items.length,
          overall: aggregates.overall,
          domains: aggregates.domains,
        };
      }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, modelId, kind, lifecycle, domainKey]);
}
