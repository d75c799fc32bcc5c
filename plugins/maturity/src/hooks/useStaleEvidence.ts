import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { maturityApiRef, StaleEvidenceQuery } from '../api/MaturityApi';
import type { StaleEvidenceSummary } from '../api/types';

/**
 * The entities resting on stale evidence, in the catalog or a group's
 * subtree; undefined while loading or when it cannot be read (the
 * indicators then show nothing: they must not hide the page).
 */
export function useStaleEvidence(
  query: StaleEvidenceQuery & {
    /** Ask nothing yet, e.g. until the model is known. */
    skip?: boolean;
  },
): StaleEvidenceSummary | undefined {
  const api = useApi(maturityApiRef);
  const { modelId, group, limit, skip } = query;
  const { value } = useAsync(
    async () =>
      skip ? undefined : api.getStaleEvidence({ modelId, group, limit }),
    [api, modelId, group, limit, skip],
  );
  return value;
}
