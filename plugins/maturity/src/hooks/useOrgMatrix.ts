import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { maturityApiRef } from '../api/MaturityApi';
import type { GroupRollupRow, UnownedRollup } from '../api/types';
import { aggregateEntities } from '../lib/aggregate';
import { fetchAllEntities } from './useAllEntities';

/** Filters of the org matrix. */
export interface OrgMatrixFilters {
  modelId?: string;
  kind?: string;
  lifecycle?: string;
}

/** The org matrix: group rows and the entities no group owns. */
export interface OrgMatrix {
  rows: GroupRollupRow[];
  /** Absent when the backend does not report unowned entities. */
  unowned?: UnownedRollup;
}

/**
 * The org matrix (top-level groups and their children × domains, and the
 * entities no group owns). Without kind or lifecycle filters it is the
 * backend's rollup; with them, each row's aggregates are recomputed from its
 * filtered entities (nested groups included, as in the rollup). Without
 * `modelId`, the backend's default model.
 */
export function useOrgMatrix(filters: OrgMatrixFilters, domainIds: string[]) {
  const api = useApi(maturityApiRef);
  const { modelId, kind, lifecycle } = filters;
  // The domains only count when rows are recomputed from filtered entities:
  // the rollup alone is not asked for again once they are known.
  const domainKey = kind || lifecycle ? domainIds.join(',') : '';
  return useAsyncRetry(async (): Promise<OrgMatrix> => {
    const { rows, unowned } = await api.getOrgRollup({ model: modelId });
    if (!kind && !lifecycle) return { rows, unowned };
    const filtered = async (scope: { group?: string; unowned?: boolean }) => {
      const { items } = await fetchAllEntities(q => api.listEntities(q), {
        model: modelId,
        ...scope,
        kind,
        lifecycle,
      });
      const aggregates = aggregateEntities(items, domainIds);
      return {
        entityCount: items.length,
        overall: aggregates.overall,
        domains: aggregates.domains,
      };
    };
    const [filteredRows, filteredUnowned] = await Promise.all([
      Promise.all(
        rows.map(async row => ({
          ...row,
          ...(await filtered({ group: row.groupRef })),
        })),
      ),
      unowned ? filtered({ unowned: true }) : undefined,
    ]);
    return { rows: filteredRows, unowned: filteredUnowned };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, modelId, kind, lifecycle, domainKey]);
}
