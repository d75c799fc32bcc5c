import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import permissionBackend from '@backstage/plugin-permission-backend';
import maturityBackend from '@devops-maturity/plugin-maturity-backend';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  maturityCampaignManagePermission,
  maturityReportCreatePermission,
  maturityWaiverManagePermission,
} from '@devops-maturity/plugin-maturity-common';
import { isMaturityEntityOwner } from '@devops-maturity/plugin-maturity-node';
import request from 'supertest';
import permissionPolicyModule from '.';
import { DemoPermissionPolicy } from './DemoPermissionPolicy';

jest.setTimeout(60_000);

const service = (name: string, owner: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner },
  relations: [{ type: 'ownedBy', targetRef: `group:default/${owner}` }],
});

const ownership: Record<string, string[]> = {
  'user:default/guest': [
    'user:default/guest',
    'group:default/quick-payment-team',
  ],
  'user:default/pat': [
    'user:default/pat',
    'group:default/platform-engineering-team',
  ],
};

/**
 * The demo policy, with the real permission backend where the test backend
 * allows it: attestations and waivers only on entities the caller's groups own
 * (a conditional decision the maturity backend resolves; the test backend's
 * mock service tokens cannot call its apply-conditions endpoint, so that hop
 * is covered by the decision and rule assertions), admin only for the
 * configured groups.
 */
describe('demo permission policy with the maturity backend', () => {
  let server: any;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    const backend = await startTestBackend({
      features: [
        permissionBackend,
        permissionPolicyModule,
        maturityBackend,
        catalogServiceMock.factory({
          entities: [
            service('quickpay-gateway', 'quick-payment-team'),
            service('clearing-service', 'payment-clearing-team'),
          ],
        }),
        mockServices.scheduler.factory({
          includeInitialDelayedTasksOnStartup: true,
        }),
        mockServices.rootConfig.factory({
          data: {
            permission: { enabled: true },
            demoPolicy: {
              maturityAdminGroups: ['group:default/platform-engineering-team'],
            },
          },
        }),
        createServiceFactory({
          service: coreServices.userInfo,
          deps: {},
          factory: () => ({
            async getUserInfo(credentials: any) {
              const userEntityRef = credentials.principal.userEntityRef;
              return {
                userEntityRef,
                ownershipEntityRefs: ownership[userEntityRef] ?? [
                  userEntityRef,
                ],
              };
            },
          }),
        }),
      ],
    });
    server = backend.server;
    stop = () => backend.stop();
  });
  afterAll(() => stop());

  it('answers attestation and waiver permissions with an ownership condition', async () => {
    const policy = new DemoPermissionPolicy([]);
    const decision = await policy.handle(
      { permission: maturityWaiverManagePermission },
      {
        identity: {
          type: 'user',
          userEntityRef: 'user:default/guest',
          ownershipEntityRefs: ownership['user:default/guest'],
        },
        info: {
          userEntityRef: 'user:default/guest',
          ownershipEntityRefs: ownership['user:default/guest'],
        },
      } as any,
    );
    expect(decision).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'maturity',
      resourceType: 'maturity-entity',
      conditions: {
        rule: 'IS_ENTITY_OWNER',
        resourceType: 'maturity-entity',
        params: { claims: ownership['user:default/guest'] },
      },
    });
    const rule = isMaturityEntityOwner;
    expect(
      rule.apply(service('quickpay-gateway', 'quick-payment-team'), {
        claims: ownership['user:default/guest'],
      }),
    ).toBe(true);
    expect(
      rule.apply(service('clearing-service', 'payment-clearing-team'), {
        claims: ownership['user:default/guest'],
      }),
    ).toBe(false);
    // team attestations: a group is owned by its members and those of groups above it
    const team = (name: string, ancestorGroupRefs: string[]) => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name, namespace: 'default' },
      spec: { type: 'team', children: [] },
      ancestorGroupRefs,
    });
    const claims = ownership['user:default/guest'];
    expect(
      rule.apply(team('quick-payment-team', ['group:default/payments']), {
        claims,
      }),
    ).toBe(true);
    expect(
      rule.apply(
        team('quickpay-squad', [
          'group:default/quick-payment-team',
          'group:default/payments',
        ]),
        { claims },
      ),
    ).toBe(true);
    expect(
      rule.apply(team('payments', ['group:default/bank']), { claims }),
    ).toBe(false);
  });

  it('denies requests without a user', async () => {
    const decision = await new DemoPermissionPolicy([]).handle({
      permission: maturityWaiverManagePermission,
    });
    expect(decision.result).toBe(AuthorizeResult.DENY);
  });

  it('reserves full re-evaluation for the admin groups', async () => {
    const asGuest = await request(server)
      .post('/api/maturity/runs')
      .set('Authorization', mockCredentials.user.header('user:default/guest'));
    expect(asGuest.status).toBe(403);
    const asAdmin = await request(server)
      .post('/api/maturity/runs')
      .set('Authorization', mockCredentials.user.header('user:default/pat'));
    expect(asAdmin.status).toBe(202);
  });

  it('reserves campaign management for the admin groups and lets everyone read campaigns', async () => {
    const campaign = {
      id: 'policy-test',
      title: 'Policy test',
      owner: 'group:default/platform-engineering-team',
      modelId: 'caict-devops',
      targets: [{ domain: 'sre', level: 3 }],
      scope: {},
      startDate: '2026-11-01',
      targetDate: '2027-03-01',
    };
    const asGuest = await request(server)
      .post('/api/maturity/campaigns')
      .set('Authorization', mockCredentials.user.header('user:default/guest'))
      .send(campaign);
    expect(asGuest.status).toBe(403);
    const asAdmin = await request(server)
      .post('/api/maturity/campaigns')
      .set('Authorization', mockCredentials.user.header('user:default/pat'))
      .send(campaign);
    expect(asAdmin.status).toBe(201);
    const read = await request(server)
      .get('/api/maturity/campaigns/policy-test')
      .set('Authorization', mockCredentials.user.header('user:default/guest'));
    expect(read.status).toBe(200);
    const decision = await new DemoPermissionPolicy([
      'group:default/admins',
    ]).handle({ permission: maturityCampaignManagePermission }, {
      identity: {
        type: 'user',
        userEntityRef: 'user:default/a',
        ownershipEntityRefs: ['group:default/admins'],
      },
      token: 't',
      info: {
        userEntityRef: 'user:default/a',
        ownershipEntityRefs: ['group:default/admins'],
      },
    } as any);
    expect(decision.result).toBe(AuthorizeResult.ALLOW);
  });

  it('lets every signed-in user read scorecards', async () => {
    const res = await request(server)
      .get(
        '/api/maturity/entities/component/default/clearing-service/scorecard',
      )
      .set('Authorization', mockCredentials.user.header('user:default/guest'));
    expect(res.status).toBe(200);
  });

  it('lets only admin groups save reports', async () => {
    const policy = new DemoPermissionPolicy(['group:default/admins']);
    const userIn = (groups: string[]) =>
      ({
        identity: {
          type: 'user',
          userEntityRef: 'user:default/a',
          ownershipEntityRefs: groups,
        },
        token: 't',
        info: { userEntityRef: 'user:default/a', ownershipEntityRefs: groups },
      } as any);
    const query = { permission: maturityReportCreatePermission };
    expect(
      (await policy.handle(query, userIn(['group:default/admins']))).result,
    ).toBe(AuthorizeResult.ALLOW);
    expect(
      (await policy.handle(query, userIn(['group:default/payments']))).result,
    ).toBe(AuthorizeResult.DENY);
    expect((await policy.handle(query)).result).toBe(AuthorizeResult.DENY);
  });
});
