import { mockCredentials } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import {
  maturityApi,
  startMaturityBackend,
} from './__testUtils__/maturityTestBackend';

jest.setTimeout(60_000);

const declared = {
  id: 'payments-tier-1-sre',
  title: 'Payments tier-1 services at SRE level 3',
  owner: 'group:default/payments-dept',
  modelId: 'caict-devops',
  targets: [{ domain: 'sre', level: 3 }],
  scope: {
    groups: ['group:default/payments-dept'],
    filter: { kind: 'Component', 'metadata.tags': 'tier-1' },
  },
  startDate: '2026-11-01',
  targetDate: '2027-03-01',
};

describe('campaigns (plugin)', () => {
  it('serves app-config campaigns read-only, scoped by nested groups and tags after a run', async () => {
    const backend = await startMaturityBackend({
      config: { maturity: { campaigns: [declared] } },
      runOnStartup: true,
    });
    try {
      const api = maturityApi(backend.server);
      const list = await api.get('/campaigns');
      expect(list.status).toBe(200);
      expect(list.body.items).toEqual([
        expect.objectContaining({ id: declared.id, source: 'config' }),
      ]);
      const progress = await api.get(`/campaigns/${declared.id}/progress`);
      expect(progress.status).toBe(200);
      // only the tier-1 service of the department's nested teams
      expect(
        progress.body.entities.map((e: { entityRef: string }) => e.entityRef),
      ).toEqual(['component:default/quickpay-gateway']);
      expect(progress.body.teams[0]).toMatchObject({
        groupRef: 'group:default/payments-dept',
        depth: 0,
        inScope: 1,
      });
      const archive = await api.post(`/campaigns/${declared.id}/archive`);
      expect(archive.status).toBe(409);
    } finally {
      await backend.stop();
    }
  });

  it('stops the startup for a bad campaign, naming maturity.campaigns[i].field', async () => {
    await expect(
      startMaturityBackend({
        config: {
          maturity: {
            campaigns: [
              declared,
              { ...declared, id: 'b', targets: [{ domain: 'sre', level: 9 }] },
            ],
          },
        },
      }),
    ).rejects.toThrow(
      'Invalid campaign in app-config: maturity.campaigns[1].targets[0].level: must be 1..5',
    );
  });

  it('is authenticated and needs maturity.campaign.manage to write', async () => {
    const { id: _id, ...body } = declared;
    const allowed = await startMaturityBackend({});
    try {
      const created = await maturityApi(allowed.server).post(
        '/campaigns',
        body,
      );
      expect(created.status).toBe(201);
      expect(created.body.campaign).toMatchObject({
        id: 'payments-tier-1-services-at-sre-level-3',
        createdBy: 'user:default/alice',
      });
      const anonymous = await request(allowed.server)
        .get('/api/maturity/campaigns')
        .set('Authorization', mockCredentials.none.header());
      expect(anonymous.status).toBe(401);
    } finally {
      await allowed.stop();
    }
    const denied = await startMaturityBackend({
      permission: AuthorizeResult.DENY,
    });
    try {
      const res = await maturityApi(denied.server).post('/campaigns', body);
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain('maturity.campaign.manage');
    } finally {
      await denied.stop();
    }
  });
});
