import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { demoEntities } from '../__testUtils__/demoEntities';
import { maturityPlugin } from '../plugin';

jest.setTimeout(60_000);

const base = '/api/maturity';

describe('maturity router runs', () => {
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  let startedBetween: [number, number];

  beforeAll(async () => {
    const before = Date.now();
    backend = await startTestBackend({
      features: [
        maturityPlugin,
        catalogServiceMock.factory({ entities: demoEntities }),
        mockServices.scheduler.factory({
          includeInitialDelayedTasksOnStartup: true,
        }),
        mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
      ],
    });
    startedBetween = [before, Date.now()];
  });
  afterAll(() => backend.stop());

  const latestRun = async () => {
    const res = await request(backend.server)
      .get(`${base}/runs?limit=1`)
      .set('Authorization', mockCredentials.user.header());
    expect(res.status).toBe(200);
    return res.body.items[0];
  };

  it('records the startup run as scheduled, without an actor', async () => {
    const run = await latestRun();
    expect(run).toMatchObject({ trigger: 'scheduled', status: 'succeeded' });
    expect(run).not.toHaveProperty('actor');
  });

  it('records a run asked for by a user as manual, with the user as actor', async () => {
    const res = await request(backend.server)
      .post(`${base}/runs`)
      .set('Authorization', mockCredentials.user.header('user:default/alice'))
      .send({});
    expect(res.status).toBe(202);
    // The mock scheduler runs the task before answering.
    expect(await latestRun()).toMatchObject({
      trigger: 'manual',
      actor: 'user:default/alice',
      status: 'succeeded',
      entities: 8, // four demo entities and their four groups
    });
  });

  it('records a run asked for by a service with its subject', async () => {
    const res = await request(backend.server)
      .post(`${base}/runs`)
      .set('Authorization', mockCredentials.service.header())
      .send({});
    expect(res.status).toBe(202);
    const run = await latestRun();
    expect(run.trigger).toBe('manual');
    expect(run.actor).toBe(mockCredentials.service().principal.subject);
  });

  it('answers queued during the default 20 s start-up delay, with when the run starts', async () => {
    const res = await request(backend.server)
      .post(`${base}/runs`)
      .set('Authorization', mockCredentials.user.header())
      .send({});
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ status: 'queued', queued: true });
    const startsAt = Date.parse(res.body.startsAt);
    expect(startsAt).toBeGreaterThanOrEqual(startedBetween[0] + 20_000);
    expect(startsAt).toBeLessThanOrEqual(startedBetween[1] + 20_000);
    expect(res.body.startsInSeconds).toBeGreaterThan(0);
    expect(res.body.startsInSeconds).toBeLessThanOrEqual(20);
    expect(res.body.message).toContain(res.body.startsAt);
  });
});
