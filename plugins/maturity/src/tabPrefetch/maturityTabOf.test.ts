import { maturityTabOf } from './maturityTabOf';

describe('maturityTabOf', () => {
  it('names the entity tab of the evaluated kinds and the group tab of groups', () => {
    expect(
      maturityTabOf('/catalog/default/component/quickpay-gateway/maturity'),
    ).toEqual({
      tab: 'entity',
      entityRef: 'component:default/quickpay-gateway',
    });
    expect(maturityTabOf('/catalog/default/API/pay-api/maturity/')).toEqual({
      tab: 'entity',
      entityRef: 'api:default/pay-api',
    });
    expect(maturityTabOf('/catalog/ops/group/retail%20team/maturity')).toEqual({
      tab: 'group',
      entityRef: 'group:ops/retail team',
    });
  });

  it('names nothing elsewhere', () => {
    expect(maturityTabOf('/catalog/default/component/x')).toBeUndefined();
    expect(maturityTabOf('/catalog/default/component/x/docs')).toBeUndefined();
    expect(
      maturityTabOf('/catalog/default/user/guest/maturity'),
    ).toBeUndefined();
    expect(maturityTabOf('/maturity')).toBeUndefined();
    expect(
      maturityTabOf('/catalog/default/component/%E0/maturity'),
    ).toBeUndefined();
  });
});
