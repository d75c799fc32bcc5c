import {
  ApiBlueprint,
  AppRootElementBlueprint,
  appLanguageApiRef,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
  EntityIconLinkBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import AssessmentIcon from '@material-ui/icons/Assessment';
import { maturityApiRef } from './api/MaturityApi';
import { MaturityClient } from './api/MaturityClient';
import { useMaturityIconLinkProps } from './components/EntityMaturityBadge/useMaturityIconLinkProps';
import { rootRouteRef } from './routes';
import {
  loadEntityTab,
  loadGroupTab,
  MaturityTabPrefetch,
} from './tabPrefetch';
import { maturityTranslationRef } from './translation/ref';

export { maturityTranslationRef, maturityTranslations } from './translation';

/** The kinds the backend evaluates by default (`maturity.kinds`). */
const evaluatedKinds = {
  kind: { $in: ['component', 'system', 'api', 'resource'] },
};

/**
 * The maturity API client.
 *
 * @alpha
 */
export const maturityApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: maturityApiRef,
      deps: {
        discoveryApi: discoveryApiRef,
        fetchApi: fetchApiRef,
        appLanguageApi: appLanguageApiRef,
      },
      factory: ({ discoveryApi, fetchApi, appLanguageApi }) =>
        new MaturityClient({ discoveryApi, fetchApi, appLanguageApi }),
    }),
});

/**
 * The `/maturity` page (org dashboard and model explorer), in the sidebar.
 *
 * @alpha
 */
export const maturityPage = PageBlueprint.make({
  params: {
    path: '/maturity',
    routeRef: rootRouteRef,
    title: maturityTranslationRef('maturityPage.title'),
    icon: <AssessmentIcon fontSize="inherit" />,
    noHeader: true,
    loader: () =>
      import('./components/MaturityPage').then(m => <m.MaturityPage />),
  },
});

/**
 * The Maturity tab of components, systems, APIs and resources.
 *
 * @alpha
 */
export const maturityEntityContent = EntityContentBlueprint.make({
  name: 'entity',
  params: {
    path: '/maturity',
    title: maturityTranslationRef('maturityPage.title'),
    filter: evaluatedKinds,
    loader: () => loadEntityTab().then(m => <m.EntityMaturityContent />),
  },
});

/**
 * The Maturity tab of groups (team rollup).
 *
 * @alpha
 */
export const maturityGroupContent = EntityContentBlueprint.make({
  name: 'group',
  params: {
    path: '/maturity',
    title: maturityTranslationRef('maturityPage.title'),
    filter: { kind: 'group' },
    loader: () => loadGroupTab().then(m => <m.GroupMaturityContent />),
  },
});

/**
 * Starts an entity's or a group's Maturity tab (its code and first requests)
 * as soon as the app navigates to it, in parallel with the catalog reading
 * the entity; renders nothing.
 *
 * @alpha
 */
export const maturityTabPrefetch = AppRootElementBlueprint.make({
  name: 'tab-prefetch',
  params: { element: <MaturityTabPrefetch /> },
});

/**
 * The overview card of components, systems, APIs and resources.
 *
 * @alpha
 */
export const maturityEntityCard = EntityCardBlueprint.make({
  name: 'overview',
  params: {
    filter: evaluatedKinds,
    loader: () =>
      import('./components/EntityMaturityCard').then(m => (
        <m.EntityMaturityCard />
      )),
  },
});

/**
 * The maturity badge of the new frontend system: the overall level among the
 * icon links of the About card (next to "View source"), linking to the
 * Maturity tab. The new frontend system has no badge blueprint; entity icon
 * links are its place for small per-entity indicators.
 *
 * @alpha
 */
export const maturityEntityIconLink = EntityIconLinkBlueprint.make({
  name: 'badge',
  params: {
    filter: evaluatedKinds,
    useProps: () => useMaturityIconLinkProps(),
  },
});

/**
 * The Maturity plugin for the new frontend system.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'maturity',
  title: 'Maturity',
  icon: <AssessmentIcon fontSize="inherit" />,
  info: { packageJson: () => import('../package.json') },
  routes: { root: rootRouteRef },
  extensions: [
    maturityApi,
    maturityPage,
    maturityEntityContent,
    maturityGroupContent,
    maturityEntityCard,
    maturityEntityIconLink,
    maturityTabPrefetch,
  ],
});
