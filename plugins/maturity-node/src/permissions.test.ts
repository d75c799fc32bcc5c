import type { Entity } from '@backstage/catalog-model';
import { isMaturityEntityOwner } from './permissions';

const group = (name: string, parent?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children: [] },
  relations: parent ? [{ type: 'childOf', targetRef: parent }] : [],
});

const owns = (
  entity: Parameters<typeof isMaturityEntityOwner.apply>[0],
  claims: string[],
) => isMaturityEntityOwner.apply(entity, { claims });

describe('IS_ENTITY_OWNER', () => {
  it('lets the owners of an entity in', () => {
    const component: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'gateway', namespace: 'default' },
      relations: [{ type: 'ownedBy', targetRef: 'group:default/quickpay' }],
    };
    expect(owns(component, ['user:default/a', 'group:default/QuickPay'])).toBe(
      true,
    );
    expect(owns(component, ['group:default/payments'])).toBe(false);
  });

  it('lets members of a group, or of any group above it, own the group', () => {
    const quickpay = {
      ...group('quickpay', 'group:default/payments'),
      ancestorGroupRefs: ['group:default/payments', 'group:default/bank'],
    };
    expect(owns(quickpay, ['group:default/quickpay'])).toBe(true);
    expect(owns(quickpay, ['group:default/payments'])).toBe(true);
    expect(owns(quickpay, ['group:default/bank'])).toBe(true);
    expect(owns(quickpay, ['group:default/clearing'])).toBe(false);
    // a nested group's members do not own the group above
    expect(
      owns(group('payments', 'group:default/bank'), ['group:default/quickpay']),
    ).toBe(false);
  });

  it('falls back to the childOf parent without ancestorGroupRefs', () => {
    const quickpay = group('quickpay', 'group:default/payments');
    expect(owns(quickpay, ['group:default/payments'])).toBe(true);
    expect(owns(quickpay, ['group:default/bank'])).toBe(false);
  });
});
