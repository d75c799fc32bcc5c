import { useRouteRef } from '@backstage/core-plugin-api';
import { rootRouteRef } from '../routes';
import { reportPath, reportScopeOf } from '../lib/reports';

/**
 * The path of a system's or group's report page under the `/maturity`
 * page; undefined for other kinds or when the app has not mounted that page.
 */
export function useReportLink(): (entityRef: string) => string | undefined {
  let root: (() => string) | undefined;
  try {
    // Throws when the route is not mounted, only after calling all its own
    // hooks: the hook order stays the same on every render.
    // eslint-disable-next-line react-hooks/rules-of-hooks
    root = useRouteRef(rootRouteRef);
  } catch {
    root = undefined;
  }
  return entityRef => {
    const scope = reportScopeOf(entityRef);
    return root && scope ? reportPath(root(), scope) : undefined;
  };
}
