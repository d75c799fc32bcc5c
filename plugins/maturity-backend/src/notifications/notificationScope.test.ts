import { maturityTabLink } from './maturityTabLink';
import { notificationScope } from './notificationScope';

describe('notificationScope', () => {
  it('joins event, entity, campaign and UTC day', () => {
    expect(
      notificationScope({
        event: 'campaign-reminder',
        entityRef: 'component:default/quickpay',
        campaignId: 'q3-sre',
        date: new Date('2026-12-06T23:30:00-05:00'),
      }),
    ).toBe(
      'maturity:campaign-reminder:component:default/quickpay:q3-sre:2026-12-07',
    );
  });

  it('uses - for the parts that do not apply', () => {
    expect(
      notificationScope({
        event: 'campaign-end',
        date: '2026-12-06T10:00:00Z',
      }),
    ).toBe('maturity:campaign-end:-:-:2026-12-06');
  });
});

describe('maturityTabLink', () => {
  it('links the Maturity tab of the entity page', () => {
    expect(
      maturityTabLink({
        kind: 'Component',
        namespace: 'prod',
        name: 'pay api',
      }),
    ).toBe('/catalog/prod/component/pay%20api/maturity');
  });
});
