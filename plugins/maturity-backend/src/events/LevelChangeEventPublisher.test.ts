import { mockServices } from '@backstage/backend-test-utils';
import type { EventParams } from '@backstage/plugin-events-node';
import { levelChange } from '../notifications/__testUtils__/levelChange';
import { LevelChangeEventPublisher } from './LevelChangeEventPublisher';
import { publishCampaignEvent } from './publishCampaignEvent';

function recordingEvents(fail?: (params: EventParams) => boolean) {
  const published: EventParams[] = [];
  return {
    published,
    events: {
      async publish(params: EventParams) {
        if (fail?.(params)) throw new Error('events down');
        published.push(params);
      },
      async subscribe() {},
    },
  };
}

describe('LevelChangeEventPublisher', () => {
  it('publishes one maturity.level.changed event per change', async () => {
    const { events, published } = recordingEvents();
    const publisher = new LevelChangeEventPublisher({
      events,
      logger: mockServices.logger.mock(),
    });
    await publisher.onLevelChanges(
      [
        levelChange({ domainId: 'sre', from: 3, to: 2 }),
        levelChange({ domainId: null, from: null, to: 1 }),
        levelChange({ domainId: 'quality', from: 2, to: null }),
      ],
      { runId: 'run-1' },
    );
    const common = {
      type: 'maturity.level.changed',
      entityRef: 'component:default/quickpay',
      model: 'test-model',
      at: '2026-12-06T10:00:00.000Z',
    };
    expect(published).toEqual([
      {
        topic: 'maturity',
        eventPayload: { ...common, domain: 'sre', from: 3, to: 2 },
      },
      {
        topic: 'maturity',
        eventPayload: { ...common, domain: 'overall', from: null, to: 1 },
      },
      {
        topic: 'maturity',
        eventPayload: { ...common, domain: 'quality', from: 2, to: null },
      },
    ]);
  });

  it('publishes the other events when one fails, and logs once', async () => {
    const { events, published } = recordingEvents(
      p => (p.eventPayload as { domain: string }).domain === 'sre',
    );
    const logger = mockServices.logger.mock();
    const publisher = new LevelChangeEventPublisher({ events, logger });
    await publisher.onLevelChanges(
      [levelChange({ domainId: 'sre' }), levelChange({ domainId: 'quality' })],
      { runId: 'run-1' },
    );
    expect(published).toHaveLength(1);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('1 of 2 level change events not published'),
    );
  });
});

describe('publishCampaignEvent', () => {
  it('publishes a maturity.campaign.* event on the maturity topic', async () => {
    const { events, published } = recordingEvents();
    const payload = await publishCampaignEvent(
      events,
      'maturity.campaign.started',
      { campaignId: 'q3-sre', at: '2026-12-06T10:00:00.000Z', entities: 12 },
    );
    expect(payload).toEqual({
      type: 'maturity.campaign.started',
      campaignId: 'q3-sre',
      at: '2026-12-06T10:00:00.000Z',
      entities: 12,
    });
    expect(published).toEqual([{ topic: 'maturity', eventPayload: payload }]);
  });
});
