import type { Entity } from '@backstage/catalog-model';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import type { ReactElement } from 'react';
import { maturityApiRef } from '../api/MaturityApi';
import { rootRouteRef } from '../routes';
import type { MaturityApi } from '../api/MaturityApi';
import { fakePermissionApi } from './fakes';
import { languageApis, TestLanguage } from './translation';

/** Every maturity permission name. */
export const ALL_PERMISSIONS = [
  'maturity.attestation.create',
  'maturity.waiver.manage',
  'maturity.admin',
  'maturity.campaign.manage',
  'maturity.report.create',
];

/** A catalog entity for tests; give each test its own name. */
export function testEntity(name: string, kind = 'Component'): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, namespace: 'default' },
    spec: {},
  };
}

/**
 * Renders an element in a test app with a fake maturity API, a permission
 * API allowing the given permissions and, optionally, an entity context and
 * an app language.
 */
export async function renderWithApis(
  element: ReactElement,
  options: {
    api: MaturityApi;
    allowed?: string[];
    entity?: Entity;
    /** The app language (default English). */
    language?: TestLanguage;
    /** The initial location (default `/`). */
    route?: string;
  },
) {
  const content = options.entity ? (
    <EntityProvider entity={options.entity}>{element}</EntityProvider>
  ) : (
    element
  );
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [maturityApiRef, options.api],
        [permissionApiRef, fakePermissionApi(options.allowed ?? [])],
        ...(options.language ? languageApis(options.language) : []),
      ]}
    >
      {content}
    </TestApiProvider>,
    {
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/maturity': rootRouteRef,
      },
      ...(options.route && { routeEntries: [options.route] }),
    },
  );
}
