import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { maturityApiRef } from '../api/MaturityApi';
import type { LevelHistoryPoint } from '../api/types';

/** The level history of an entity as it loads. */
export interface EntityHistoryState {
  loading: boolean;
  error?: Error;
  value?: { items: LevelHistoryPoint[] };
}

/**
 * The level history of an entity under a model (the default one when
 * absent), asked for anew whenever `reloadKey` changes.
 */
export function useEntityHistory(
  entityRef: string,
  modelId: string | undefined,
  reloadKey: unknown,
): EntityHistoryState {
  const api = useApi(maturityApiRef);
  return useAsync(
    () => api.getEntityHistory(entityRef, { model: modelId }),
    [api, entityRef, modelId, reloadKey],
  );
}
