import type { LoggerService } from '@backstage/backend-plugin-api';
import type {
  LevelChange,
  LevelChangeListener,
  LevelChangeRun,
} from '../evaluation/levelChanges/LevelChange';
import type { ModelRegistry } from '../model/ModelRegistry';
import { maturityTabLink } from './maturityTabLink';
import type {
  MaturityNotification,
  MaturityNotificationSender,
} from './MaturityNotificationSender';
import { notificationScope } from './notificationScope';

/** Runs whose notified entities are remembered, for deduplication within a run. */
const REMEMBERED_RUNS = 16;

/**
 * Whether a change is a regression: a lower level than before. A first
 * evaluation (`from` null) and a level that stopped applying (`to` null)
 * are not.
 */
export function isRegression(change: LevelChange): boolean {
  return change.from !== null && change.to !== null && change.to < change.from;
}

/**
 * Notifies the owning group of an entity whose domain or overall level
 * dropped: one notification per entity and run listing every drop (all
 * models), severity `high` when an overall level dropped, linking to the
 * entity's Maturity tab. Scope `maturity:level-regression:<entity>:-:<day>`,
 * so a second drop the same day updates the notification instead of adding
 * one. A group's own scorecard notifies the group; an entity without owner
 * is skipped. Switched off by `maturity.notifications.levelRegression: false`.
 */
export class RegressionNotifier implements LevelChangeListener {
  readonly id = 'regression-notifications';
  private readonly notifiedByRun = new Map<string, Set<string>>();

  constructor(
    private readonly options: {
      sender: MaturityNotificationSender;
      models: ModelRegistry;
      logger: LoggerService;
    },
  ) {}

  async onLevelChanges(
    changes: readonly LevelChange[],
    run: LevelChangeRun,
  ): Promise<void> {
    const { sender, logger } = this.options;
    if (!sender.isEnabled('levelRegression')) return;
    const byEntity = new Map<string, LevelChange[]>();
    for (const change of changes) {
      if (!isRegression(change)) continue;
      const list = byEntity.get(change.entityRef);
      if (list) list.push(change);
      else byEntity.set(change.entityRef, [change]);
    }
    if (byEntity.size === 0) return;

    const notified = this.notifiedIn(run.runId);
    const notifications: MaturityNotification[] = [];
    const unowned: string[] = [];
    for (const [entityRef, drops] of byEntity) {
      if (notified.has(entityRef)) continue;
      notified.add(entityRef);
      const recipient = recipientOf(drops[0]);
      if (!recipient) {
        unowned.push(entityRef);
        continue;
      }
      notifications.push(this.notificationFor(entityRef, recipient, drops));
    }
    if (unowned.length > 0) {
      logger.info(
        `Maturity run ${
          run.runId
        }: no owner to notify of the level regression of ${
          unowned.length
        } entities: ${unowned.slice(0, 5).join(', ')}${
          unowned.length > 5 ? ', …' : ''
        }`,
      );
    }
    await sender.send('levelRegression', notifications);
  }

  private notificationFor(
    entityRef: string,
    recipient: string,
    drops: LevelChange[],
  ): MaturityNotification {
    const overall = drops.filter(d => d.domainId === null);
    const ordered = [...overall, ...drops.filter(d => d.domainId !== null)];
    const first = ordered[0];
    const entity = first.entity;
    const name = entity.title || entity.name;
    const more = ordered.length > 1 ? ` (+${ordered.length - 1} more)` : '';
    return {
      recipients: { type: 'entity', entityRef: recipient },
      payload: {
        title: `${name} dropped to ${this.label(first)} L${first.to}${more}`,
        description: ordered
          .map(d => `${this.label(d, true)}: L${d.from} → L${d.to}`)
          .join('; '),
        link: maturityTabLink(entity),
        severity: overall.length > 0 ? 'high' : 'normal',
        scope: notificationScope({
          event: 'level-regression',
          entityRef,
          date: first.at,
        }),
      },
    };
  }

  /** `SRE` for a domain, `CAICT DevOps` for an overall level; with the model when `full`. */
  private label(change: LevelChange, full = false): string {
    let modelTitle = change.modelId;
    let domainTitle = change.domainId ?? '';
    try {
      const { model } = this.options.models.get(change.modelId);
      modelTitle = model.title;
      domainTitle =
        model.domains.find(d => d.id === change.domainId)?.title ?? domainTitle;
    } catch {
      // the model was removed since: its ids will do
    }
    if (change.domainId === null) {
      return full ? `${modelTitle} overall` : modelTitle;
    }
    return full ? `${modelTitle} · ${domainTitle}` : domainTitle;
  }

  private notifiedIn(runId: string): Set<string> {
    let notified = this.notifiedByRun.get(runId);
    if (!notified) {
      notified = new Set();
      this.notifiedByRun.set(runId, notified);
      if (this.notifiedByRun.size > REMEMBERED_RUNS) {
        const oldest = this.notifiedByRun.keys().next().value!;
        this.notifiedByRun.delete(oldest);
      }
    }
    return notified;
  }
}

/** Who hears of an entity's regression: its owner; a group itself. */
function recipientOf(change: LevelChange): string | undefined {
  if (change.entity.kind.toLocaleLowerCase('en-US') === 'group') {
    return change.entityRef;
  }
  return change.entity.ownerRef;
}
