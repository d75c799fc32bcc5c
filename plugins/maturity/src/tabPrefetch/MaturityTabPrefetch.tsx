import { useApi } from '@backstage/core-plugin-api';
import { useAppLocation } from '@backstage/frontend-plugin-api';
import { useEffect } from 'react';
import { maturityApiRef } from '../api/MaturityApi';
import { entityTabRequests } from '../components/EntityMaturityContent/entityTabRequests';
import { groupTabRequests } from '../components/GroupMaturityContent/groupTabRequests';
import { maturityTabOf } from './maturityTabOf';
import { loadEntityTab, loadGroupTab } from './tabLoaders';

/**
 * Rendered at the app root: on navigation to an entity's or a group's
 * Maturity tab, starts loading the tab's code and its first requests at once,
 * in parallel with the catalog reading the entity; the tab then uses those
 * answers (see `MaturityApi.prefetch`). Elsewhere it does nothing. Requests
 * wait for sign-in as every request of the app does.
 */
export function MaturityTabPrefetch() {
  const { pathname } = useAppLocation();
  const api = useApi(maturityApiRef);
  const target = maturityTabOf(pathname);
  const tab = target?.tab;
  const entityRef = target?.entityRef;

  useEffect(() => {
    if (!tab || !entityRef) return;
    const load = tab === 'group' ? loadGroupTab : loadEntityTab;
    // a failure shows when the tab loads its code itself
    load().catch(() => undefined);
    api.prefetch?.(client =>
      tab === 'group'
        ? groupTabRequests(client, entityRef)
        : entityTabRequests(client, entityRef),
    );
  }, [api, tab, entityRef]);

  return null;
}
