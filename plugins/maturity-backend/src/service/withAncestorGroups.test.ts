import type { Entity } from '@backstage/catalog-model';
import { withAncestorGroups } from './withAncestorGroups';

const entity = (kind: string, name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default' },
});

describe('withAncestorGroups', () => {
  it('adds the closure ancestors to groups only, keeping missing entities', async () => {
    const store = {
      getGroupAncestors: jest.fn(async (ref: string) =>
        ref === 'group:default/quickpay'
          ? ['group:default/payments', 'group:default/bank']
          : [],
      ),
    };
    const [component, quickpay, bank, missing] = await withAncestorGroups(
      [
        entity('Component', 'gateway'),
        entity('Group', 'quickpay'),
        entity('Group', 'bank'),
        undefined,
      ],
      store,
    );
    expect(component).not.toHaveProperty('ancestorGroupRefs');
    expect(quickpay?.ancestorGroupRefs).toEqual([
      'group:default/payments',
      'group:default/bank',
    ]);
    expect(bank).not.toHaveProperty('ancestorGroupRefs');
    expect(missing).toBeUndefined();
    expect(store.getGroupAncestors).toHaveBeenCalledTimes(2);
  });
});
