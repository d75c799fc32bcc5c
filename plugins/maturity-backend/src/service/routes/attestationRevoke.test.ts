import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizeResult,
  EvaluatePermissionRequest,
} from '@backstage/plugin-permission-common';
import { maturityScorecardReadPermission } from '@devops-maturity/plugin-maturity-common';
import request from 'supertest';
import { demoEntities } from '../../__testUtils__/demoEntities';
import { maturityPlugin } from '../../plugin';

jest.setTimeout(90_000);

const ALICE = 'user:default/alice';
const BOB = 'user:default/bob';
const CAROL = 'user:default/carol';
const DEPT = 'group:default/payments-dept';
const GATEWAY = 'component:default/quickpay-gateway';

/**
 * Who may do what: everybody reads; alice may do everything unless
 * `aliceDenied`; bob nothing else; carol only `maturity.admin`.
 */
const policy = { aliceDenied: false };
function decide(user: string, query: EvaluatePermissionRequest) {
  const allowed =
    query.permission.name === maturityScorecardReadPermission.name ||
    (user === ALICE && !policy.aliceDenied) ||
    (user === CAROL && query.permission.name === 'maturity.admin');
  return { result: allowed ? AuthorizeResult.ALLOW : AuthorizeResult.DENY };
}
const permissionsFactory = createServiceFactory({
  service: coreServices.permissions,
  deps: {},
  factory: () => ({
    async authorize(requests: EvaluatePermissionRequest[], options: any) {
      const user = options.credentials.principal.userEntityRef;
      return requests.map(r => decide(user, r)) as any;
    },
    async authorizeConditional(requests: any[], options: any) {
      const user = options.credentials.principal.userEntityRef;
      return requests.map(r => decide(user, r)) as any;
    },
  }),
});

const teamModel = {
  id: 'team-model',
  title: 'Team model',
  version: '1',
  levels: [1, 2, 3, 4, 5].map(level => ({ level, title: `Level ${level}` })),
  domains: [
    {
      id: 'practice',
      title: 'Practice',
      capabilities: [
        {
          id: 'reviews',
          title: 'Reviews',
          checks: [
            {
              id: 'incident-review',
              title: 'Incident reviews',
              level: 1,
              appliesTo: { kind: 'component' },
              attestation: {
                evidence: 'Review minutes',
                validForDays: 90,
                scope: 'team',
              },
              remediation: { markdown: 'Hold reviews.' },
            },
          ],
        },
      ],
    },
  ],
};

describe('team attestations and their revocation over HTTP', () => {
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  const base = '/api/maturity';
  const as = (user: string) => mockCredentials.user.header(user);

  beforeAll(async () => {
    backend = await startTestBackend({
      features: [
        maturityPlugin,
        catalogServiceMock.factory({ entities: demoEntities }),
        mockServices.rootConfig.factory({
          data: {
            maturity: {
              includeDefaultModel: false,
              kinds: ['component', 'system', 'group'],
              models: [{ model: teamModel }],
            },
          },
        }),
        mockServices.scheduler.factory({
          includeInitialDelayedTasksOnStartup: true,
        }),
        permissionsFactory,
      ],
    });
  });
  afterAll(() => backend.stop());
  afterEach(() => {
    policy.aliceDenied = false;
  });

  const attest = (user: string, entityRef: string) =>
    request(backend.server)
      .post(`${base}/attestations`)
      .set('Authorization', as(user))
      .send({
        entityRef,
        checkId: 'incident-review',
        evidenceUrl: 'https://wiki.example/reviews',
      });
  const revoke = (user: string, id: string, reason?: string) =>
    request(backend.server)
      .delete(
        `${base}/attestations/${id}${
          reason ? `?reason=${encodeURIComponent(reason)}` : ''
        }`,
      )
      .set('Authorization', as(user));
  /** The stored result of the check for an entity. */
  const checkOf = async (entityRef: string) => {
    const [kind, rest] = entityRef.split(':');
    const [namespace, name] = rest.split('/');
    const res = await request(backend.server)
      .get(`${base}/entities/${kind}/${namespace}/${name}/scorecard`)
      .set('Authorization', as(ALICE));
    return res.body.domains
      ?.flatMap((d: any) => d.capabilities.flatMap((c: any) => c.checks))
      .find((c: any) => c.checkId === 'incident-review');
  };
  /** Waits until the background re-evaluation shows `predicate`. */
  const eventually = async (
    entityRef: string,
    predicate: (check: any) => boolean,
  ) => {
    for (let i = 0; i < 100; i++) {
      const check = await checkOf(entityRef);
      if (check && predicate(check)) return check;
      await new Promise(resolve => setTimeout(resolve, 50));
    }
    throw new Error(`${entityRef} never matched`);
  };

  it('attests a group for everything it owns, re-evaluated in the background', async () => {
    const res = await attest(ALICE, DEPT);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ entityRef: DEPT, author: ALICE });
    // quickpay-gateway, clearing-batch, the payments system, both teams and the dept
    expect(res.body.reevaluating).toBe(6);
    const check = await eventually(GATEWAY, c => c.status === 'passed');
    expect(check.message).toMatch(
      /^attested for payments-dept by user:default\/alice on /,
    );
    expect(check.value).toMatchObject({ inheritedFrom: DEPT });
    // the team's own scorecard too
    await eventually('group:default/quickpay-team', c => c.status === 'passed');
  });

  it('answers an entity attestation of a team-scoped check with reevaluating 0', async () => {
    const res = await attest(ALICE, 'component:default/clearing-batch');
    expect(res.status).toBe(201);
    expect(res.body.reevaluating).toBe(0);
  });

  it('forbids attesting for a group without maturity.attestation.create on it', async () => {
    const res = await attest(BOB, DEPT);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(
      /maturity\.attestation\.create on group:default\/payments-dept/,
    );
  });

  it('revokes: 404 for an unknown id, 403 for others, admins may, audited with the reason, 400 when revoked again', async () => {
    const created = (await attest(ALICE, 'group:default/quickpay-team')).body;
    expect((await revoke(ALICE, 'no-such-id')).status).toBe(404);

    const denied = await revoke(BOB, created.id);
    expect(denied.status).toBe(403);
    expect(denied.body.error.message).toMatch(/only the author/);

    // an admin may
    const res = await revoke(CAROL, created.id, 'wrong minutes');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: created.id,
      revokedBy: CAROL,
      revokeReason: 'wrong minutes',
    });
    expect(res.body.reevaluating).toBeGreaterThan(0);

    const again = await revoke(CAROL, created.id);
    expect(again.status).toBe(400);
    expect(again.body.error.message).toMatch(/already revoked/);

    const audit = await request(backend.server)
      .get(`${base}/attestations?entityRef=group:default/quickpay-team`)
      .set('Authorization', as(ALICE));
    expect(audit.body.audit[0]).toMatchObject({
      action: 'revoked',
      actor: CAROL,
      details: { reason: 'wrong minutes' },
    });
  });

  it('lets the author revoke without the permission, and the entities fall back', async () => {
    const dept = (
      await request(backend.server)
        .get(`${base}/attestations?entityRef=${DEPT}`)
        .set('Authorization', as(ALICE))
    ).body.items.find((a: any) => !a.revokedAt);
    policy.aliceDenied = true;
    const res = await revoke(ALICE, dept.id);
    expect(res.status).toBe(200);
    expect(res.body.reevaluating).toBe(6);
    await eventually(GATEWAY, c => c.status !== 'passed');
    // clearing-batch keeps its own attestation
    expect((await checkOf('component:default/clearing-batch')).status).toBe(
      'passed',
    );
  });
});
