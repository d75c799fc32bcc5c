import type { LevelChange } from '../../evaluation/levelChanges/LevelChange';

/** A level change of `component:default/quickpay` (owned by team-a) with overrides. */
export function levelChange(overrides: Partial<LevelChange> = {}): LevelChange {
  return {
    entityRef: 'component:default/quickpay',
    modelId: 'test-model',
    domainId: 'sre',
    from: 3,
    to: 2,
    at: '2026-12-06T10:00:00.000Z',
    entity: {
      kind: 'Component',
      namespace: 'default',
      name: 'quickpay',
      title: 'QuickPay Gateway',
      ownerRef: 'group:default/team-a',
    },
    ...overrides,
  };
}
