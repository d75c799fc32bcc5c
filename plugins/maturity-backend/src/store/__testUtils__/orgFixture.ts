import type { DatabaseMaturityStore } from '../DatabaseMaturityStore';
import type { GroupNode } from '../types';
import { evaluation, MODEL_ID } from './fixtures';

/** `group:default/<name>` */
export const g = (name: string) => `group:default/${name}`;

/** `component:default/<name>` */
export const c = (name: string) => `component:default/${name}`;

/**
 * A group tree four levels deep with an orphan branch, a two-group cycle and
 * a group that is its own parent:
 *
 * ```
 * org ─┬─ retail ─┬─ payments ── payments-core
 *      │          └─ cards
 *      └─ platform
 * orphan-root (parent unknown) ── orphan-child
 * cycle-a ⇄ cycle-b      self ↺
 * ```
 */
export const GROUPS: GroupNode[] = [
  { groupRef: g('org'), title: 'Bank', type: 'organization' },
  {
    groupRef: g('retail'),
    title: 'Retail',
    type: 'division',
    parentRef: g('org'),
  },
  {
    groupRef: g('payments'),
    title: 'Payments',
    type: 'team',
    parentRef: g('retail'),
  },
  { groupRef: g('payments-core'), type: 'team', parentRef: g('payments') },
  { groupRef: g('cards'), title: 'Cards', parentRef: g('retail') },
  { groupRef: g('platform'), title: 'Platform', parentRef: g('org') },
  { groupRef: g('orphan-root'), parentRef: g('ghost') },
  { groupRef: g('orphan-child'), parentRef: g('orphan-root') },
  { groupRef: g('cycle-a'), parentRef: g('cycle-b') },
  { groupRef: g('cycle-b'), parentRef: g('cycle-a') },
  { groupRef: g('self'), parentRef: g('self') },
];

/**
 * Entities owned across the tree: level, score and domain levels
 * (`build`, `deploy`; null = not applicable).
 */
export const ENTITIES = [
  {
    name: 'core-ledger',
    owner: g('payments-core'),
    level: 1,
    score: 0.2,
    build: 1,
    deploy: 2,
    kind: 'component',
    lifecycle: 'production',
  },
  {
    name: 'payments-api',
    owner: g('payments'),
    level: 3,
    score: 0.7,
    build: 3,
    deploy: 4,
    kind: 'component',
    lifecycle: 'production',
  },
  {
    name: 'cards-web',
    owner: g('cards'),
    level: 2,
    score: 0.5,
    build: 2,
    deploy: null,
    kind: 'component',
    lifecycle: 'experimental',
  },
  {
    name: 'platform-docs',
    owner: g('platform'),
    level: null,
    score: 0,
    build: null,
    deploy: null,
    kind: 'system',
    lifecycle: undefined,
  },
  {
    name: 'bank-portal',
    owner: g('org'),
    level: 4,
    score: 0.9,
    build: 4,
    deploy: 5,
    kind: 'component',
    lifecycle: 'production',
  },
  {
    name: 'alice-tool',
    owner: 'user:default/alice',
    level: 0,
    score: 0,
    build: 0,
    deploy: 0,
    kind: 'component',
    lifecycle: 'production',
  },
  {
    name: 'loop-service',
    owner: g('cycle-a'),
    level: 0,
    score: 0.1,
    build: 0,
    deploy: 1,
    kind: 'component',
    lifecycle: 'production',
  },
  {
    name: 'ownerless',
    owner: undefined,
    level: 2,
    score: 0.5,
    build: 2,
    deploy: 2,
    kind: 'component',
    lifecycle: 'production',
  },
];

/** Stores the groups and the evaluations of the entities (and one of another model). */
export async function seedOrg(store: DatabaseMaturityStore, now: Date) {
  await store.replaceGroups(GROUPS);
  await store.applyEvaluations(
    [
      ...ENTITIES.map(e =>
        evaluation({
          entityRef: `${e.kind}:default/${e.name}`,
          ownerRef: e.owner,
          level: e.level,
          score: e.score,
          lifecycle: e.lifecycle,
          domains: { build: e.build, deploy: e.deploy },
        }),
      ),
      evaluation({
        entityRef: c('other-model'),
        modelId: 'other',
        ownerRef: g('payments'),
        domains: { build: 1 },
      }),
    ],
    now,
  );
}

export { MODEL_ID };
