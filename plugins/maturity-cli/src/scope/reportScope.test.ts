import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogEntity } from '../lib/catalogFiles';
import {
  catalogRelationsOf,
  relationEvidence,
} from '@devops-maturity/plugin-maturity-common';
import { CliError } from '../lib/errors';
import { parseScopeRef, selectReportScope } from './reportScope';

function item(kind: string, name: string, spec: object = {}): CatalogEntity {
  const entity: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, namespace: 'default' },
    spec: spec as Entity['spec'],
  };
  const relations = catalogRelationsOf(entity, undefined);
  return {
    entity: { ...entity, relations },
    entityRef: stringifyEntityRef(entity),
    relations: relationEvidence(relations, () => undefined),
    file: 'catalog.yaml',
    document: 1,
    line: 1,
  };
}

const refs = (scope: { entities: CatalogEntity[] }) =>
  scope.entities.map(e => e.entityRef);

describe('parseScopeRef', () => {
  it('accepts a system or a group, normalised', () => {
    expect(parseScopeRef('System:Default/Shop')).toEqual({
      kind: 'system',
      entityRef: 'system:default/shop',
    });
    expect(parseScopeRef('group:payments')).toEqual({
      kind: 'group',
      entityRef: 'group:default/payments',
    });
  });

  it('rejects other kinds and refs without a kind', () => {
    expect(() => parseScopeRef('component:default/shop')).toThrow(
      /not a component/,
    );
    expect(() => parseScopeRef('shop')).toThrow(CliError);
  });
});

describe('selectReportScope', () => {
  const catalog = [
    item('System', 'shop', { owner: 'web-team' }),
    item('System', 'other', { owner: 'ops-team' }),
    item('Component', 'cart', { owner: 'web-team', system: 'shop' }),
    item('API', 'cart-api', { owner: 'web-team', system: 'system:shop' }),
    item('Resource', 'cart-db', { owner: 'ops-team', system: 'shop' }),
    item('Component', 'billing', { owner: 'ops-team', system: 'other' }),
    item('Component', 'cart-ui', {
      owner: 'web-team',
      subcomponentOf: 'cart',
    }),
    item('Group', 'org', { type: 'organization', children: ['digital'] }),
    item('Group', 'digital', { type: 'department', children: [] }),
    item('Group', 'web-team', { type: 'team', parent: 'digital' }),
    item('Group', 'ops-team', { type: 'team', parent: 'org' }),
  ];

  it('takes a system and the components, APIs and resources part of it', () => {
    const scope = selectReportScope(
      parseScopeRef('system:default/shop'),
      catalog,
      ['catalog.yaml'],
    );
    expect(refs(scope)).toEqual([
      'system:default/shop',
      'api:default/cart-api',
      'component:default/cart',
      'resource:default/cart-db',
    ]);
  });

  it('takes a group, its nested groups (parent or children) and what they own', () => {
    const scope = selectReportScope(
      parseScopeRef('group:default/digital'),
      catalog,
      ['catalog.yaml'],
    );
    expect(refs(scope)).toEqual([
      'group:default/digital',
      'api:default/cart-api',
      'component:default/cart',
      'component:default/cart-ui',
      'group:default/web-team',
      'system:default/shop',
    ]);
    expect(
      refs(selectReportScope(parseScopeRef('group:default/org'), catalog, [])),
    ).toHaveLength(catalog.length);
  });

  it('survives a cycle of groups', () => {
    const cyclic = [
      item('Group', 'a', { type: 'team', parent: 'b', children: [] }),
      item('Group', 'b', { type: 'team', parent: 'a', children: [] }),
    ];
    expect(
      refs(selectReportScope(parseScopeRef('group:a'), cyclic, [])),
    ).toEqual(['group:default/a', 'group:default/b']);
  });

  it('fails naming the scope and the files read when it is not in them', () => {
    expect(() =>
      selectReportScope(parseScopeRef('system:default/nope'), catalog, [
        'a.yaml',
        'b.yaml',
      ]),
    ).toThrow(
      'no system system:default/nope in the catalog files read (a.yaml, b.yaml)',
    );
  });
});
