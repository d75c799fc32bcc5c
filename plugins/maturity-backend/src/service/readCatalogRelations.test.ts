import { mockCredentials } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { RelationTargetEvidence } from '@devops-maturity/plugin-maturity-common';
import { relationEvidenceOf } from '../evaluation/entityInfo';
import { readCatalogRelations } from './readCatalogRelations';

const service: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments', namespace: 'default' },
  spec: {
    type: 'service',
    lifecycle: 'production',
    owner: 'payments-team',
    system: 'ghost-system',
    dependsOn: ['component:default/ledger'],
  },
};

/** The catalog as its API returns it, relations stored by the processors. */
const catalogEntities: Entity[] = [
  {
    ...service,
    relations: [
      { type: 'dependsOn', targetRef: 'component:default/ledger' },
      { type: 'partOf', targetRef: 'system:default/ghost-system' },
      { type: 'ownedBy', targetRef: 'group:default/payments-team' },
      { type: 'dependencyOf', targetRef: 'component:default/checkout' },
    ],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'payments-team', namespace: 'default' },
    spec: { type: 'team', children: [] },
    relations: [{ type: 'ownerOf', targetRef: 'component:default/payments' }],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'ledger', namespace: 'default' },
    spec: { type: 'service', lifecycle: 'production', owner: 'payments-team' },
    relations: [
      { type: 'dependencyOf', targetRef: 'component:default/payments' },
    ],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'checkout', namespace: 'default' },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'payments-team',
      dependsOn: ['component:payments'],
    },
    relations: [{ type: 'dependsOn', targetRef: 'component:default/payments' }],
  },
];

const sorted = (relations: Record<string, RelationTargetEvidence[]>) =>
  Object.fromEntries(
    Object.entries(relations)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([type, targets]) => [
        type,
        [...targets].sort((a, b) => a.targetRef.localeCompare(b.targetRef)),
      ]),
  );

describe('readCatalogRelations', () => {
  const catalog = catalogServiceMock({ entities: catalogEntities });
  const read = (entity: Entity) =>
    readCatalogRelations({
      entity,
      catalog,
      credentials: mockCredentials.service(),
    });

  it("builds the runner's evidence for an entity the catalog holds: same relations, same existence", async () => {
    const stored = catalogEntities[0];
    const refs = new Set([
      'group:default/payments-team',
      'component:default/ledger',
      'component:default/checkout',
    ]);
    const fromRunner = relationEvidenceOf(stored, refs);
    const fromDryRun = await read(service);
    expect(sorted(fromDryRun)).toEqual(sorted(fromRunner));
    expect(fromDryRun).toEqual({
      ownedBy: [{ targetRef: 'group:default/payments-team', exists: true }],
      partOf: [{ targetRef: 'system:default/ghost-system', exists: false }],
      dependsOn: [{ targetRef: 'component:default/ledger', exists: true }],
      dependencyOf: [{ targetRef: 'component:default/checkout', exists: true }],
    });
  });

  it('follows the posted spec, not the stored one', async () => {
    const relations = await read({
      ...service,
      spec: { type: 'service', lifecycle: 'production', owner: 'other-team' },
    });
    expect(relations).toEqual({
      ownedBy: [{ targetRef: 'group:default/other-team', exists: false }],
      // from checkout's spec, still in the catalog
      dependencyOf: [{ targetRef: 'component:default/checkout', exists: true }],
    });
  });
});
