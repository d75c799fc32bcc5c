import {
  coreExtensionData,
  createFrontendPlugin,
  PageBlueprint,
  translationApiRef,
} from '@backstage/frontend-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  createExtensionTester,
  mockApis,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
  EntityIconLinkBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import plugin, {
  maturityEntityCard,
  maturityEntityContent,
  maturityEntityIconLink,
  maturityGroupContent,
  maturityPage,
} from './alpha';
import { fakeMaturityApi, fakePermissionApi } from './__testUtils__/fakes';
import { modelList } from './__testUtils__/fixtures';
import {
  campaignProgress,
  campaignSummaries,
} from './__testUtils__/campaignFixtures';
import { testEntity } from './__testUtils__/render';
import { maturityApiRef } from './api/MaturityApi';

jest.setTimeout(30_000);

/** Entity pages for the entity links of the campaign pages. */
const catalogEntityPages = createFrontendPlugin({
  pluginId: 'catalog',
  extensions: [
    PageBlueprint.make({
      name: 'entity',
      params: {
        path: '/catalog/:namespace/:kind/:name',
        routeRef: entityRouteRef,
        loader: async () => <div />,
      },
    }),
  ],
});

describe('maturity alpha plugin', () => {
  it('is the maturity plugin with the API, page, tabs and card', () => {
    expect(plugin.pluginId).toBe('maturity');
    expect(plugin.getExtension('api:maturity')).toBeDefined();
    expect(plugin.getExtension('page:maturity')).toBeDefined();
    expect(plugin.getExtension('entity-content:maturity/entity')).toBeDefined();
    expect(plugin.getExtension('entity-content:maturity/group')).toBeDefined();
    expect(
      plugin.getExtension('app-root-element:maturity/tab-prefetch'),
    ).toBeDefined();
    expect(plugin.getExtension('entity-card:maturity/overview')).toBeDefined();
    expect(
      plugin.getExtension('entity-icon-link:maturity/badge'),
    ).toBeDefined();
  });

  // Titles are messages of the translation ref, resolved by the translation API.
  const withTranslations = {
    apis: [[translationApiRef, mockApis.translation()]] as const,
  };

  it('puts the page at /maturity with a nav title and icon', () => {
    const tester = createExtensionTester(maturityPage, withTranslations);
    expect(tester.get(coreExtensionData.routePath)).toBe('/maturity');
    expect(tester.get(coreExtensionData.title)).toBe('Maturity');
    expect(tester.get(coreExtensionData.icon)).toBeTruthy();
  });

  it('shows the Maturity tab on the evaluated kinds only', () => {
    const tester = createExtensionTester(
      maturityEntityContent,
      withTranslations,
    );
    expect(tester.get(coreExtensionData.routePath)).toBe('/maturity');
    expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe('Maturity');
    const filter = tester.get(EntityContentBlueprint.dataRefs.filterFunction)!;
    expect(filter(testEntity('a', 'Component'))).toBe(true);
    expect(filter(testEntity('b', 'System'))).toBe(true);
    expect(filter(testEntity('d', 'API'))).toBe(true);
    expect(filter(testEntity('e', 'Resource'))).toBe(true);
    expect(filter(testEntity('c', 'Group'))).toBe(false);
    expect(filter(testEntity('f', 'User'))).toBe(false);
  });

  it('shows the group tab on groups only', () => {
    const tester = createExtensionTester(
      maturityGroupContent,
      withTranslations,
    );
    const filter = tester.get(EntityContentBlueprint.dataRefs.filterFunction)!;
    expect(filter(testEntity('g', 'Group'))).toBe(true);
    expect(filter(testEntity('c', 'Component'))).toBe(false);
  });

  it('shows the overview card on the evaluated kinds', () => {
    const tester = createExtensionTester(maturityEntityCard);
    const filter = tester.get(EntityCardBlueprint.dataRefs.filterFunction)!;
    expect(filter(testEntity('a', 'Component'))).toBe(true);
    expect(filter(testEntity('b', 'System'))).toBe(true);
    expect(filter(testEntity('d', 'API'))).toBe(true);
    expect(filter(testEntity('e', 'Resource'))).toBe(true);
    expect(filter(testEntity('c', 'User'))).toBe(false);
  });

  it('puts the badge among the icon links of the evaluated kinds', () => {
    const tester = createExtensionTester(maturityEntityIconLink);
    expect(tester.get(EntityIconLinkBlueprint.dataRefs.useProps)).toEqual(
      expect.any(Function),
    );
    const filter = tester.get(EntityIconLinkBlueprint.dataRefs.filterFunction)!;
    expect(filter(testEntity('d', 'API'))).toBe(true);
    expect(filter(testEntity('c', 'Group'))).toBe(false);
  });

  it('renders the org dashboard at /maturity in an app', async () => {
    const api = fakeMaturityApi({
      listModels: async () => modelList,
      getOrgRollup: async () => ({ modelId: 'caict-devops', rows: [] }),
      getRollupTrend: async () => ({ items: [] }),
      getIndicators: async ({ model }) => ({
        modelId: model,
        groupRef: null,
        computedAt: null,
        indicators: [],
      }),
    });
    renderTestApp({
      features: [plugin],
      initialRouteEntries: ['/maturity'],
      apis: [
        [maturityApiRef, api],
        [permissionApiRef, fakePermissionApi([])],
        mockApis.config(),
      ] as any,
    });
    expect(
      await screen.findByText('No groups evaluated yet'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('tab', { name: 'Model explorer' }),
    ).toBeInTheDocument();
  });

  it('renders the campaigns at /maturity/campaigns in an app', async () => {
    const api = fakeMaturityApi({
      listModels: async () => modelList,
      listCampaigns: async () => ({ items: campaignSummaries }),
      getCampaignProgress: async () => campaignProgress,
      getCampaignAudit: async () => ({ items: [] }),
    });
    renderTestApp({
      features: [plugin, catalogEntityPages],
      initialRouteEntries: ['/maturity/campaigns'],
      apis: [
        [maturityApiRef, api],
        [permissionApiRef, fakePermissionApi([])],
        mockApis.config(),
      ] as any,
    });
    const link = await screen.findByRole('link', {
      name: 'SRE L3 for payments',
    });
    expect(link).toHaveAttribute('href', '/maturity/campaigns/sre-l3-2027');
    await userEvent.click(link);
    expect(
      await screen.findByRole('heading', { name: 'SRE L3 for payments' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All campaigns' })).toHaveAttribute(
      'href',
      '/maturity/campaigns',
    );
  });
});
