import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { maturityApiRef } from '../api/MaturityApi';
import type { EntityCampaign } from '../api/campaignTypes';

/**
 * The campaigns whose scope holds an entity; undefined while loading or when
 * they cannot be read (the banners then show nothing).
 */
export function useEntityCampaigns(
  entityRef: string,
): EntityCampaign[] | undefined {
  const api = useApi(maturityApiRef);
  const { value } = useAsync(
    () => api.listEntityCampaigns(entityRef),
    [api, entityRef],
  );
  return value?.items;
}
