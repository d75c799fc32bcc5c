import { mockServices } from '@backstage/backend-test-utils';
import type { EventParams } from '@backstage/plugin-events-node';
import { loadModelOrThrow } from '@devops-maturity/plugin-maturity-common';
import fs from 'fs';
import { defaultModelPath } from '../model/loadModels';
import { ModelRegistry } from '../model/ModelRegistry';
import {
  createStore,
  createTestDatabases,
} from '../store/__testUtils__/fixtures';
import { CampaignService } from './CampaignService';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const models = new ModelRegistry([
  loadModelOrThrow(fs.readFileSync(defaultModelPath(), 'utf8')),
]);

const body = {
  id: 'sre-l3',
  title: 'SRE L3 by spring',
  owner: 'group:default/retail',
  modelId: 'caict-devops',
  targets: [{ domain: 'sre', level: 3 }],
  scope: { groups: ['group:default/retail'] },
  startDate: '2026-11-20',
  targetDate: '2027-03-01',
};

const details = {
  campaignId: 'sre-l3',
  title: 'SRE L3 by spring',
  modelId: 'caict-devops',
  owner: 'group:default/retail',
  targets: [{ domain: 'sre', level: 3 }],
  startDate: '2026-11-20',
  targetDate: '2027-03-01',
};

describe('CampaignService events', () => {
  it.each(databases.eachSupportedId())(
    'publishes maturity.campaign.created, .updated (on a change) and .archived (once), %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      const published: EventParams[] = [];
      const clock = { now: new Date('2026-12-06T10:00:00.000Z') };
      const service = new CampaignService({
        store,
        models,
        now: () => clock.now,
        events: {
          publish: async p => {
            published.push(p);
          },
          subscribe: async () => {},
        },
      });
      await service.create(body, 'user:default/alice');
      clock.now = new Date('2026-12-07T10:00:00.000Z');
      const { id: _id, ...update } = body;
      // no change: no event
      await service.update('sre-l3', update, 'user:default/bob');
      await service.update(
        'sre-l3',
        { ...update, targetDate: '2027-04-01', title: 'SRE L3 by April' },
        'user:default/bob',
      );
      clock.now = new Date('2026-12-08T10:00:00.000Z');
      await service.archive('sre-l3', 'user:default/carol');
      await service.archive('sre-l3', 'user:default/carol');

      expect(published.map(p => p.topic)).toEqual([
        'maturity',
        'maturity',
        'maturity',
      ]);
      expect(published.map(p => p.eventPayload)).toEqual([
        {
          type: 'maturity.campaign.created',
          ...details,
          state: 'active',
          actor: 'user:default/alice',
          at: '2026-12-06T10:00:00.000Z',
        },
        {
          type: 'maturity.campaign.updated',
          ...details,
          title: 'SRE L3 by April',
          targetDate: '2027-04-01',
          state: 'active',
          actor: 'user:default/bob',
          changed: ['title', 'targetDate'],
          at: '2026-12-07T10:00:00.000Z',
        },
        {
          type: 'maturity.campaign.archived',
          ...details,
          title: 'SRE L3 by April',
          targetDate: '2027-04-01',
          state: 'archived',
          actor: 'user:default/carol',
          at: '2026-12-08T10:00:00.000Z',
        },
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps the write when the event cannot be published, and logs it, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      const logger = mockServices.logger.mock();
      const service = new CampaignService({
        store,
        models,
        logger,
        events: {
          publish: async () => {
            throw new Error('events down');
          },
          subscribe: async () => {},
        },
      });
      const { campaign } = await service.create(body, 'user:default/alice');
      expect(await store.getCampaign(campaign.id)).toBeDefined();
      expect(logger.warn).toHaveBeenCalledWith(
        'Maturity event maturity.campaign.created not published: Error: events down',
      );
    },
  );
});
