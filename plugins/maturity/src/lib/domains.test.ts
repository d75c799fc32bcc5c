import { domainPriority, sortDomains } from './domains';

describe('sortDomains', () => {
  it('puts Platform Engineering and SRE first and keeps model order otherwise', () => {
    const domains = [
      { id: 'agile', title: 'Agile' },
      { id: 'sre', title: 'SRE' },
      { id: 'cd', title: 'Continuous Delivery' },
      { id: 'platform-engineering', title: 'Platform Engineering' },
    ];
    expect(sortDomains(domains, d => d).map(d => d.id)).toEqual([
      'platform-engineering',
      'sre',
      'agile',
      'cd',
    ]);
  });

  it('recognises the priority domains of other models by title', () => {
    expect(domainPriority({ id: 'pe', title: 'Platform engineering' })).toBe(0);
    expect(
      domainPriority({ id: 'rel', title: 'Site Reliability Engineering' }),
    ).toBe(1);
    expect(domainPriority({ id: 'x', title: 'Testing' })).toBe(2);
  });
});
