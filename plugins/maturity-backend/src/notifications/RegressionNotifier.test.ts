import { mockServices } from '@backstage/backend-test-utils';
import type { MaturityModel } from '@devops-maturity/plugin-maturity-common';
import { ModelRegistry } from '../model/ModelRegistry';
import { levelChange } from './__testUtils__/levelChange';
import { RecordingNotificationService } from './__testUtils__/RecordingNotificationService';
import { MaturityNotificationSender } from './MaturityNotificationSender';
import type { NotificationSettings } from './readNotificationSettings';
import { isRegression, RegressionNotifier } from './RegressionNotifier';

const model = {
  id: 'test-model',
  title: 'Test Model',
  version: '1',
  levels: [1, 2, 3, 4, 5].map(level => ({ level, title: `Level ${level}` })),
  domains: ['sre', 'quality'].map(id => ({
    id,
    title: id === 'sre' ? 'SRE' : 'Quality',
    capabilities: [
      {
        id: `${id}-basics`,
        title: 'Basics',
        checks: [
          {
            id: `${id}-described`,
            title: 'Described',
            level: 1,
            rule: { fact: 'entity.metadata.description', operator: 'exists' },
            remediation: { markdown: 'Describe it.' },
          },
        ],
      },
    ],
  })),
} as MaturityModel;

const allOn: NotificationSettings = {
  levelRegression: true,
  campaignStart: true,
  campaignReminder: true,
  campaignEnd: true,
};

function setup(settings: Partial<NotificationSettings> = {}) {
  const notifications = new RecordingNotificationService();
  const logger = mockServices.logger.mock();
  const sender = new MaturityNotificationSender({
    notifications,
    settings: { ...allOn, ...settings },
    logger,
  });
  const notifier = new RegressionNotifier({
    sender,
    models: new ModelRegistry([model]),
    logger,
  });
  return { notifications, notifier, logger };
}

const run = { runId: 'run-1' };

describe('isRegression', () => {
  it.each([
    [3, 2, true],
    [1, 0, true],
    [2, 3, false],
    [2, 2, false],
    [null, 1, false],
    [null, 0, false],
    [2, null, false],
  ])('from %p to %p: %p', (from, to, expected) => {
    expect(isRegression(levelChange({ from, to }))).toBe(expected);
  });
});

describe('RegressionNotifier', () => {
  it('notifies the owner once per entity, listing every drop', async () => {
    const { notifications, notifier } = setup();
    await notifier.onLevelChanges(
      [
        levelChange({ domainId: 'sre', from: 3, to: 2 }),
        levelChange({ domainId: 'quality', from: 2, to: 1 }),
        levelChange({ domainId: null, from: 2, to: 1 }),
        // an improvement in the same run is not listed
        levelChange({ domainId: 'quality', modelId: 'other', from: 1, to: 2 }),
      ],
      run,
    );
    expect(notifications.sent).toEqual([
      {
        recipients: { type: 'entity', entityRef: 'group:default/team-a' },
        payload: {
          topic: 'maturity',
          title: 'QuickPay Gateway dropped to Test Model L1 (+2 more)',
          description:
            'Test Model overall: L2 → L1; Test Model · SRE: L3 → L2; Test Model · Quality: L2 → L1',
          link: '/catalog/default/component/quickpay/maturity',
          severity: 'high',
          scope:
            'maturity:level-regression:component:default/quickpay:-:2026-12-06',
        },
      },
    ]);
  });

  it('sends a domain drop with normal severity, titled by the domain', async () => {
    const { notifications, notifier } = setup();
    await notifier.onLevelChanges([levelChange()], run);
    expect(notifications.sent).toHaveLength(1);
    expect(notifications.sent[0].payload).toMatchObject({
      title: 'QuickPay Gateway dropped to SRE L2',
      description: 'Test Model · SRE: L3 → L2',
      severity: 'normal',
    });
  });

  it('never notifies a first evaluation, an improvement or a level that stopped applying', async () => {
    const { notifications, notifier } = setup();
    await notifier.onLevelChanges(
      [
        levelChange({ from: null, to: 0 }),
        levelChange({ domainId: null, from: null, to: 1 }),
        levelChange({ domainId: 'quality', from: 1, to: 3 }),
        levelChange({ domainId: 'quality', from: 2, to: null }),
      ],
      run,
    );
    expect(notifications.sent).toEqual([]);
  });

  it('sends one notification per regressed entity, each to its owner', async () => {
    const { notifications, notifier } = setup();
    const other = levelChange({
      entityRef: 'component:default/ledger',
      entity: {
        kind: 'Component',
        namespace: 'default',
        name: 'ledger',
        ownerRef: 'group:default/team-b',
      },
    });
    await notifier.onLevelChanges([levelChange(), other], run);
    expect(
      notifications.sent.map(n => [
        n.recipients,
        n.payload.title,
        n.payload.scope,
      ]),
    ).toEqual([
      [
        { type: 'entity', entityRef: 'group:default/team-a' },
        'QuickPay Gateway dropped to SRE L2',
        'maturity:level-regression:component:default/quickpay:-:2026-12-06',
      ],
      [
        { type: 'entity', entityRef: 'group:default/team-b' },
        'ledger dropped to SRE L2',
        'maturity:level-regression:component:default/ledger:-:2026-12-06',
      ],
    ]);
  });

  it('deduplicates an entity within a run, not across runs', async () => {
    const { notifications, notifier } = setup();
    await notifier.onLevelChanges([levelChange()], run);
    await notifier.onLevelChanges([levelChange({ from: 2, to: 1 })], run);
    expect(notifications.sent).toHaveLength(1);
    await notifier.onLevelChanges([levelChange({ from: 2, to: 1 })], {
      runId: 'run-2',
    });
    expect(notifications.sent).toHaveLength(2);
    // the same day: same scope, so the notifications backend updates the first
    expect(notifications.sent[1].payload.scope).toBe(
      notifications.sent[0].payload.scope,
    );
  });

  it('notifies a group of its own regression and skips unowned entities', async () => {
    const { notifications, notifier, logger } = setup();
    await notifier.onLevelChanges(
      [
        levelChange({
          entityRef: 'group:default/team-a',
          entity: { kind: 'Group', namespace: 'default', name: 'team-a' },
        }),
        levelChange({
          entityRef: 'component:default/orphan',
          entity: { kind: 'Component', namespace: 'default', name: 'orphan' },
        }),
      ],
      run,
    );
    expect(notifications.sent.map(n => n.recipients)).toEqual([
      { type: 'entity', entityRef: 'group:default/team-a' },
    ]);
    expect(notifications.sent[0].payload.link).toBe(
      '/catalog/default/group/team-a/maturity',
    );
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringContaining('component:default/orphan'),
    );
  });

  it('sends nothing when switched off', async () => {
    const { notifications, notifier } = setup({ levelRegression: false });
    await notifier.onLevelChanges([levelChange({ domainId: null })], run);
    expect(notifications.sent).toEqual([]);
  });

  it('logs failed sends instead of throwing', async () => {
    const { notifications, notifier, logger } = setup();
    notifications.failWith = new Error('notifications backend not installed');
    await expect(
      notifier.onLevelChanges([levelChange()], run),
    ).resolves.toBeUndefined();
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('notifications backend not installed'),
    );
  });

  it('falls back to the ids of a model that is no longer loaded', async () => {
    const { notifications, notifier } = setup();
    await notifier.onLevelChanges([levelChange({ modelId: 'gone' })], run);
    expect(notifications.sent[0].payload).toMatchObject({
      title: 'QuickPay Gateway dropped to sre L2',
      description: 'gone · sre: L3 → L2',
    });
  });
});
