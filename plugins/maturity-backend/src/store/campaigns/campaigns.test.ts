import { ConflictError } from '@backstage/errors';
import { createStore, createTestDatabases } from '../__testUtils__/fixtures';
import type { CampaignChange } from './rows';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const NOW = new Date('2026-12-01T10:00:00.000Z');
const LATER = new Date('2026-12-02T10:00:00.000Z');

const change: CampaignChange = {
  title: 'SRE L3',
  description: '**Why**',
  owner: 'group:default/payments',
  modelId: 'caict',
  targets: [{ domain: 'sre', level: 3 }],
  scope: { groups: ['group:default/payments'], filter: { kind: 'Component' } },
  startDate: '2026-11-01',
  targetDate: '2027-03-01',
  state: 'active',
};

describe('DatabaseMaturityStore campaigns', () => {
  it.each(databases.eachSupportedId())(
    'creates, updates, archives and audits campaigns, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      const created = await store.createCampaign(
        'sre-l3',
        change,
        'user:default/admin',
        NOW,
      );
      expect(created).toEqual({
        id: 'sre-l3',
        ...change,
        source: 'api',
        createdBy: 'user:default/admin',
        createdAt: NOW.toISOString(),
        updatedBy: 'user:default/admin',
        updatedAt: NOW.toISOString(),
      });
      expect(await store.getCampaign('sre-l3')).toEqual(created);
      await expect(
        store.createCampaign('sre-l3', change, 'user:default/x', NOW),
      ).rejects.toThrow(ConflictError);

      // an update without a change writes nothing
      expect(
        await store.updateCampaign('sre-l3', change, 'user:default/bob', LATER),
      ).toEqual(created);
      const { description: _d, ...withoutDescription } = change;
      const updated = await store.updateCampaign(
        'sre-l3',
        { ...withoutDescription, targetDate: '2027-04-01' },
        'user:default/bob',
        LATER,
      );
      expect(updated).toMatchObject({
        targetDate: '2027-04-01',
        updatedBy: 'user:default/bob',
        updatedAt: LATER.toISOString(),
        createdBy: 'user:default/admin',
      });
      expect(updated).not.toHaveProperty('description');
      expect(
        await store.updateCampaign('nope', change, 'user:default/bob', LATER),
      ).toBeUndefined();

      const archived = await store.archiveCampaign(
        'sre-l3',
        'user:default/carol',
        LATER,
      );
      expect(archived?.state).toBe('archived');
      expect(await store.archiveCampaign('nope', 'x', LATER)).toBeUndefined();
      expect(await store.getCampaign('sre-l3')).toEqual(archived);

      const audit = await store.listCampaignAudit('sre-l3');
      expect(audit.map(a => [a.action, a.actor])).toEqual([
        ['create', 'user:default/admin'],
        ['update', 'user:default/bob'],
        ['archive', 'user:default/carol'],
      ]);
      expect(audit[0].changes).toMatchObject({ id: 'sre-l3', title: 'SRE L3' });
      expect(audit[1].changes).toEqual({
        description: { before: '**Why**', after: null },
        targetDate: { before: '2027-03-01', after: '2027-04-01' },
      });
      expect(audit[2].changes).toEqual({
        state: { before: 'active', after: 'archived' },
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'lists by target date, archived only when asked for, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      await store.createCampaign('late', change, 'a', NOW);
      await store.createCampaign(
        'early',
        { ...change, targetDate: '2027-01-01', owner: 'group:default/cards' },
        'a',
        NOW,
      );
      await store.createCampaign(
        'draft',
        { ...change, state: 'draft' },
        'a',
        NOW,
      );
      await store.createCampaign('gone', change, 'a', NOW);
      await store.archiveCampaign('gone', 'a', NOW);
      const ids = async (query: object) =>
        (await store.listCampaigns(query)).map(c => c.id);
      expect(await ids({})).toEqual(['early', 'draft', 'late']);
      expect(await ids({ state: 'archived' })).toEqual(['gone']);
      expect(await ids({ state: 'draft' })).toEqual(['draft']);
      expect(await ids({ owner: 'group:default/cards' })).toEqual(['early']);
      expect(await store.getCampaign('nope')).toBeUndefined();
    },
  );
});
