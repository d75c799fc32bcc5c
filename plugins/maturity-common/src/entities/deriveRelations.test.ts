import type { Entity } from '@backstage/catalog-model';
import {
  catalogRelationsOf,
  deriveReverseRelations,
  deriveSpecRelations,
} from './deriveRelations';
import { relationEvidence } from './relationEvidence';

const entity = (
  kind: string,
  spec: Entity['spec'] & object,
  namespace?: string,
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name: 'subject', ...(namespace ? { namespace } : {}) },
  spec,
});

const pairs = (e: Entity) =>
  deriveSpecRelations(e).relations.map(r => `${r.type} ${r.targetRef}`);

describe('deriveSpecRelations', () => {
  it("completes a component's refs with each field's default kind and the entity's namespace", () => {
    expect(
      pairs(
        entity(
          'Component',
          {
            owner: 'team-a',
            system: 'payments',
            subcomponentOf: 'core',
            providesApis: ['pay-api', 'other/refund-api'],
            consumesApis: ['api:default/fx-api'],
            dependsOn: ['resource:db', 'component:other/cache'],
            dependencyOf: ['component:checkout'],
          },
          'shop',
        ),
      ),
    ).toEqual([
      'ownedBy group:shop/team-a',
      'partOf component:shop/core',
      'providesApi api:shop/pay-api',
      'providesApi api:other/refund-api',
      'consumesApi api:default/fx-api',
      'dependsOn resource:shop/db',
      'dependsOn component:other/cache',
      'dependencyOf component:shop/checkout',
      'partOf system:shop/payments',
    ]);
  });

  it('derives the fields of every other built-in kind', () => {
    expect(pairs(entity('API', { owner: 'user:jo', system: 's' }))).toEqual([
      'ownedBy user:default/jo',
      'partOf system:default/s',
    ]);
    expect(
      pairs(
        entity('Resource', {
          owner: 'o',
          dependsOn: ['resource:r'],
          dependencyOf: ['component:c'],
          system: 's',
        }),
      ),
    ).toEqual([
      'ownedBy group:default/o',
      'dependsOn resource:default/r',
      'dependencyOf component:default/c',
      'partOf system:default/s',
    ]);
    expect(pairs(entity('System', { owner: 'o', domain: 'd' }))).toEqual([
      'ownedBy group:default/o',
      'partOf domain:default/d',
    ]);
    expect(pairs(entity('Domain', { owner: 'o', subdomainOf: 'd' }))).toEqual([
      'ownedBy group:default/o',
      'partOf domain:default/d',
    ]);
    expect(
      pairs(
        entity('Group', { parent: 'p', children: ['c1'], members: ['jo'] }),
      ),
    ).toEqual([
      'childOf group:default/p',
      'parentOf group:default/c1',
      'hasMember user:default/jo',
    ]);
    expect(pairs(entity('User', { memberOf: ['g1', 'group:x/g2'] }))).toEqual([
      'memberOf group:default/g1',
      'memberOf group:x/g2',
    ]);
  });

  it('matches kinds exactly, as the catalog processor does, and skips empty values', () => {
    expect(pairs(entity('component', { owner: 'o' }))).toEqual([]);
    expect(pairs(entity('Component', { owner: '', dependsOn: [] }))).toEqual(
      [],
    );
  });

  it('reports a ref without the kind a field needs, and a ref that is not a string, with their paths', () => {
    const { relations, problems } = deriveSpecRelations(
      entity('Component', { owner: 'o', dependsOn: ['db', 7] }),
    );
    expect(relations.map(r => r.type)).toEqual(['ownedBy']);
    expect(problems).toEqual([
      {
        path: ['spec', 'dependsOn', 0],
        message: expect.stringContaining(
          '"db" is not a valid entity ref (this field needs the kind',
        ),
      },
      {
        path: ['spec', 'dependsOn', 1],
        message: 'must be an entity ref (a non-empty string)',
      },
    ]);
  });
});

describe('catalogRelationsOf', () => {
  const group: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'Team-A' },
    spec: { type: 'team', children: [], members: ['jo'] },
  };
  const user: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'jo' },
    spec: { memberOf: ['team-a'] },
  };
  const service: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'svc' },
    spec: { owner: 'team-a', providesApis: ['pay'] },
  };

  it("adds the reverse of other entities' spec relations, matching refs case-insensitively, each pair once", () => {
    const reverse = deriveReverseRelations([group, user, service]);
    expect(catalogRelationsOf(group, reverse)).toEqual([
      { type: 'hasMember', targetRef: 'user:default/jo' },
      { type: 'ownerOf', targetRef: 'component:default/svc' },
    ]);
    expect(catalogRelationsOf(user, reverse)).toEqual([
      { type: 'memberOf', targetRef: 'group:default/team-a' },
    ]);
  });

  it('gives an API its providers', () => {
    const api: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'API',
      metadata: { name: 'pay' },
      spec: { type: 'openapi', owner: 'team-a' },
    };
    expect(
      catalogRelationsOf(api, deriveReverseRelations([service, api])),
    ).toEqual([
      { type: 'ownedBy', targetRef: 'group:default/team-a' },
      { type: 'apiProvidedBy', targetRef: 'component:default/svc' },
    ]);
  });
});

describe('relationEvidence', () => {
  it('groups targets by type with the existence the lookup gives', () => {
    const known = new Map([
      ['group:default/a', true],
      ['group:default/b', false],
    ]);
    expect(
      relationEvidence(
        [
          { type: 'ownedBy', targetRef: 'group:default/a' },
          { type: 'partOf', targetRef: 'system:default/s' },
          { type: 'ownedBy', targetRef: 'group:default/b' },
        ],
        ref => known.get(ref),
      ),
    ).toEqual({
      ownedBy: [
        { targetRef: 'group:default/a', exists: true },
        { targetRef: 'group:default/b', exists: false },
      ],
      partOf: [{ targetRef: 'system:default/s', exists: undefined }],
    });
  });
});
