import type { LoggerService } from '@backstage/backend-plugin-api';
import type { EventsService } from '@backstage/plugin-events-node';
import type {
  LevelChange,
  LevelChangeListener,
  LevelChangeRun,
} from '../evaluation/levelChanges/LevelChange';
import { forEachBounded } from '../lib/forEachBounded';
import {
  MATURITY_EVENTS_TOPIC,
  MaturityLevelChangedEvent,
} from './maturityEvents';

/** Events published at the same time; the events service may post each over HTTP. */
const CONCURRENCY = 16;

/** The event payload of a level change. */
export function toLevelChangedEvent(
  change: LevelChange,
): MaturityLevelChangedEvent {
  return {
    type: 'maturity.level.changed',
    entityRef: change.entityRef,
    model: change.modelId,
    domain: change.domainId ?? 'overall',
    from: change.from,
    to: change.to,
    at: change.at,
  };
}

/**
 * Publishes `maturity.level.changed` on the events service (topic
 * `maturity`), one event per level change, first evaluations included.
 * Failed publications are logged once per batch.
 */
export class LevelChangeEventPublisher implements LevelChangeListener {
  readonly id = 'events';

  constructor(
    private readonly options: { events: EventsService; logger: LoggerService },
  ) {}

  async onLevelChanges(
    changes: readonly LevelChange[],
    run: LevelChangeRun,
  ): Promise<void> {
    const { events, logger } = this.options;
    const { failed, firstError } = await forEachBounded(
      changes,
      CONCURRENCY,
      change =>
        events.publish({
          topic: MATURITY_EVENTS_TOPIC,
          eventPayload: toLevelChangedEvent(change),
        }),
    );
    if (failed > 0) {
      logger.warn(
        `Maturity run ${run.runId}: ${failed} of ${changes.length} level change events not published: ${firstError}`,
      );
    }
  }
}
