import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { appLanguageApiRef } from '@backstage/core-plugin-api/alpha';
import { maturityApiRef } from './api/MaturityApi';
import { MaturityClient } from './api/MaturityClient';
import { rootRouteRef } from './routes';

/**
 * The Maturity plugin for apps on the legacy frontend system
 * (`@backstage/core-plugin-api`).
 *
 * @public
 */
export const maturityPlugin = createPlugin({
  id: 'maturity',
  apis: [
    createApiFactory({
      api: maturityApiRef,
      deps: {
        discoveryApi: discoveryApiRef,
        fetchApi: fetchApiRef,
        appLanguageApi: appLanguageApiRef,
      },
      factory: ({ discoveryApi, fetchApi, appLanguageApi }) =>
        new MaturityClient({ discoveryApi, fetchApi, appLanguageApi }),
    }),
  ],
  routes: { root: rootRouteRef },
});

/**
 * The `/maturity` org dashboard and model explorer, to mount on a route.
 *
 * @public
 */
export const MaturityPage = maturityPlugin.provide(
  createRoutableExtension({
    name: 'MaturityPage',
    component: () =>
      import('./components/MaturityPage').then(m => m.MaturityPage),
    mountPoint: rootRouteRef,
  }),
);

/**
 * The Maturity tab of components, systems, APIs and resources (the kinds the
 * backend evaluates), for an `EntityLayout.Route` at path `/maturity`.
 *
 * @public
 */
export const EntityMaturityContent = maturityPlugin.provide(
  createComponentExtension({
    name: 'EntityMaturityContent',
    component: {
      lazy: () =>
        import('./components/EntityMaturityContent').then(
          m => m.EntityMaturityContent,
        ),
    },
  }),
);

/**
 * The Maturity tab of groups: the team rollup.
 *
 * @public
 */
export const GroupMaturityContent = maturityPlugin.provide(
  createComponentExtension({
    name: 'GroupMaturityContent',
    component: {
      lazy: () =>
        import('./components/GroupMaturityContent').then(
          m => m.GroupMaturityContent,
        ),
    },
  }),
);

/**
 * The overview card of components, systems, APIs and resources.
 *
 * @public
 */
export const EntityMaturityCard = maturityPlugin.provide(
  createComponentExtension({
    name: 'EntityMaturityCard',
    component: {
      lazy: () =>
        import('./components/EntityMaturityCard').then(
          m => m.EntityMaturityCard,
        ),
    },
  }),
);

/**
 * A compact badge of an entity's overall level.
 *
 * @public
 */
export const EntityMaturityBadge = maturityPlugin.provide(
  createComponentExtension({
    name: 'EntityMaturityBadge',
    component: {
      lazy: () =>
        import('./components/EntityMaturityBadge').then(
          m => m.EntityMaturityBadge,
        ),
    },
  }),
);
