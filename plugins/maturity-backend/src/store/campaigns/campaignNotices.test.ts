import { createStore, createTestDatabases } from '../__testUtils__/fixtures';
import type { CampaignNotice } from './campaignNotices';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const NOW = new Date('2026-12-01T10:00:00.000Z');

const notice = (over: Partial<CampaignNotice>): CampaignNotice => ({
  campaignId: 'sre-l3',
  event: 'start',
  recipient: 'group:default/team-a',
  day: '2026-11-09',
  ...over,
});

describe('DatabaseMaturityStore campaign notices', () => {
  it.each(databases.eachSupportedId())(
    'records notices once and lists them per campaign, %p',
    async databaseId => {
      const { store, knex } = await createStore(databases, databaseId);
      await store.recordCampaignNotices(
        [
          notice({}),
          notice({ recipient: '-' }),
          notice({ event: 'reminder', day: '2027-03-17' }),
          notice({ event: 'reminder', day: '2027-03-28' }),
          notice({ campaignId: 'other' }),
        ],
        NOW,
      );
      // recording one again keeps the first row
      await store.recordCampaignNotices(
        [notice({}), notice({ recipient: 'group:default/team-b' })],
        new Date('2026-12-02T10:00:00.000Z'),
      );
      expect(await store.listCampaignNotices('sre-l3')).toEqual([
        notice({ event: 'reminder', day: '2027-03-17' }),
        notice({ event: 'reminder', day: '2027-03-28' }),
        notice({ recipient: '-' }),
        notice({}),
        notice({ recipient: 'group:default/team-b' }),
      ]);
      expect(await store.listCampaignNotices('unknown')).toEqual([]);
      const first = await knex('maturity_campaign_notices')
        .where({ campaign_id: 'sre-l3', recipient: 'group:default/team-a' })
        .where('event', 'start')
        .first();
      expect(first.sent_at).toBe(NOW.toISOString());
    },
  );

  it.each(databases.eachSupportedId())(
    'records many notices in one call, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      const many = Array.from({ length: 420 }, (_, i) =>
        notice({ recipient: `group:default/team-${i}` }),
      );
      await store.recordCampaignNotices(many, NOW);
      expect(await store.listCampaignNotices('sre-l3')).toHaveLength(420);
    },
  );
});
