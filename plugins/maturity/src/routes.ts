import { createRouteRef } from '@backstage/core-plugin-api';

/**
 * The route of the `/maturity` org dashboard page.
 *
 * @public
 */
export const rootRouteRef = createRouteRef({ id: 'maturity' });
