import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { demoEntities } from '../__testUtils__/demoEntities';
import { maturityPlugin } from '../plugin';

jest.setTimeout(60_000);

const user = mockCredentials.user.header('user:default/alice');
const base = '/api/maturity';

/** Catalog entities the runner does not evaluate, and an API no component check applies to. */
const extraEntities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'alice', namespace: 'default' },
    spec: {},
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Location',
    metadata: { name: 'repo', namespace: 'default' },
    spec: { type: 'url', target: 'https://git.example/catalog.yaml' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'payments-department', namespace: 'default' },
    spec: { type: 'department', children: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'API',
    metadata: { name: 'x', namespace: 'default' },
    spec: {
      type: 'openapi',
      lifecycle: 'production',
      owner: 'quickpay-team',
      definition: 'openapi: 3.0.0',
    },
  },
];

describe('maturity router write guards', () => {
  let backend: Awaited<ReturnType<typeof startTestBackend>>;

  beforeAll(async () => {
    backend = await startTestBackend({
      features: [
        maturityPlugin,
        catalogServiceMock.factory({
          entities: [...demoEntities, ...extraEntities],
        }),
        mockServices.scheduler.factory({
          includeInitialDelayedTasksOnStartup: true,
        }),
        mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
      ],
    });
  });
  afterAll(() => backend.stop());

  const get = (path: string) =>
    request(backend.server).get(`${base}${path}`).set('Authorization', user);
  const post = (path: string, body: object) =>
    request(backend.server)
      .post(`${base}${path}`)
      .set('Authorization', user)
      .send(body);

  it('refuses to refresh an entity whose kind is not evaluated, storing nothing', async () => {
    for (const [kind, name] of [
      ['user', 'alice'],
      ['location', 'repo'],
    ]) {
      const res = await post(`/entities/${kind}/default/${name}/refresh`, {});
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(
        `kind '${kind}' is not evaluated; maturity.kinds is component, system, api, resource, group`,
      );
      expect(
        (await get(`/entities/${kind}/default/${name}/scorecard`)).status,
      ).toBe(404);
    }
    const runs = await get('/runs');
    expect(runs.body.items.filter((r: any) => r.trigger === 'entity')).toEqual(
      [],
    );
    // An evaluated kind is still refreshed.
    expect((await post('/entities/api/default/x/refresh', {})).status).toBe(
      200,
    );
  });

  it('refuses attestations and waivers for entities whose kind is not evaluated', async () => {
    const attestation = await post('/attestations', {
      entityRef: 'user:default/alice',
      checkId: 'ops-dr-plan',
      evidenceUrl: 'https://wiki.example/dr',
    });
    expect(attestation.status).toBe(400);
    expect(attestation.body.error.message).toContain(
      "kind 'user' is not evaluated",
    );
    const waiver = await post('/waivers', {
      entityRef: 'user:default/alice',
      checkId: 'ops-dr-plan',
      reason: 'Not a service',
    });
    expect(waiver.status).toBe(400);
    expect(
      (await get('/attestations?entityRef=user:default/alice')).body.items,
    ).toEqual([]);
    expect(
      (await get('/waivers?entityRef=user:default/alice')).body.items,
    ).toEqual([]);
  });

  it('refuses an attestation of a check that does not apply to the entity, saying why', async () => {
    const res = await post('/attestations', {
      entityRef: 'api:default/x',
      checkId: 'ops-user-experience-monitored',
      evidenceUrl: 'https://wiki.example/rum',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(
      "check 'ops-user-experience-monitored' does not apply to api:default/x: " +
        'it applies only to entities with kind = component and spec.type in [service, website]',
    );
    const system = await post('/attestations', {
      entityRef: 'system:default/payments',
      checkId: 'ops-capacity-plan',
      evidenceUrl: 'https://wiki.example/capacity',
    });
    expect(system.status).toBe(400);
    expect(system.body.error.message).toContain(
      "check 'ops-capacity-plan' does not apply to system:default/payments",
    );
    expect(
      (await get('/attestations?entityRef=api:default/x')).body.items,
    ).toEqual([]);

    // A check that applies is accepted.
    const applies = await post('/attestations', {
      entityRef: 'system:default/payments',
      checkId: 'ops-dr-plan',
      evidenceUrl: ' https://wiki.example/dr ',
    });
    expect(applies.status).toBe(201);
    expect(applies.body.evidenceUrl).toBe('https://wiki.example/dr');
  });

  it('takes a team-scoped practice attested on any group, a department too', async () => {
    const res = await post('/attestations', {
      entityRef: 'group:default/payments-department',
      checkId: 'agile-backlog',
      evidenceUrl: 'https://wiki.example/backlog',
    });
    expect(res.status).toBe(201);
    const perEntity = await post('/attestations', {
      entityRef: 'group:default/payments-department',
      checkId: 'ops-capacity-plan',
      evidenceUrl: 'https://wiki.example/capacity',
    });
    expect(perEntity.status).toBe(400);
    expect(perEntity.body.error.message).toContain(
      "check 'ops-capacity-plan' does not apply to group:default/payments-department",
    );
  });

  it('refuses unknown, automated and unattestable checks and models with 400', async () => {
    const cases: Array<[object, string]> = [
      [{ checkId: 'nope' }, "Unknown check 'nope' in model 'caict-devops'"],
      [{ checkId: 'sre-on-call' }, "Check 'sre-on-call' is automated"],
      [{ checkId: 'ops-dr-plan', model: 'nope' }, "Unknown model 'nope'"],
    ];
    for (const [body, message] of cases) {
      const res = await post('/attestations', {
        entityRef: 'system:default/payments',
        evidenceUrl: 'https://wiki.example/dr',
        ...body,
      });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(message);
    }
  });

  it('refuses blank evidence URLs and waiver reasons, storing nothing', async () => {
    for (const evidenceUrl of ['', '   ']) {
      const res = await post('/attestations', {
        entityRef: 'component:default/clearing-batch',
        checkId: 'ops-high-availability',
        evidenceUrl,
      });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe('evidenceUrl must not be blank');
    }
    const notHttp = await post('/attestations', {
      entityRef: 'component:default/clearing-batch',
      checkId: 'ops-high-availability',
      evidenceUrl: 'ftp://files.example/ha',
    });
    expect(notHttp.status).toBe(400);
    expect(
      (await get('/attestations?entityRef=component:default/clearing-batch'))
        .body.items,
    ).toEqual([]);

    for (const reason of ['     ', ' \t\n ']) {
      const res = await post('/waivers', {
        entityRef: 'component:default/clearing-batch',
        checkId: 'sre-on-call',
        reason,
      });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe('reason must not be blank');
    }
    expect(
      (await get('/waivers?entityRef=component:default/clearing-batch')).body
        .items,
    ).toEqual([]);
  });
});
