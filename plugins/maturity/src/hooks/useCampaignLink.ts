import { useRouteRef } from '@backstage/core-plugin-api';
import { rootRouteRef } from '../routes';

/**
 * The path of a campaign's page under the `/maturity` page, or undefined
 * when the app has not mounted that page (the entity and group tabs then
 * show campaigns without links).
 */
export function useCampaignLink(): (campaignId: string) => string | undefined {
  let root: (() => string) | undefined;
  try {
    // Throws when the route is not mounted, only after calling all its own
    // hooks: the hook order stays the same on every render.
    // eslint-disable-next-line react-hooks/rules-of-hooks
    root = useRouteRef(rootRouteRef);
  } catch {
    root = undefined;
  }
  return campaignId =>
    root ? `${root()}/campaigns/${encodeURIComponent(campaignId)}` : undefined;
}
