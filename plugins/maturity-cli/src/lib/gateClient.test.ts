import { gateUrl } from './gateClient';

describe('gateUrl', () => {
  const request = {
    baseUrl: 'http://localhost:7007',
    entityRef: 'component:default/payments',
    minLevel: 3,
    tokenSource: '$BACKSTAGE_TOKEN',
    timeoutMs: 1000,
  };

  it('asks for the check titles in the language of --lang', () => {
    const url = gateUrl({ ...request, domainId: 'sre', lang: 'zh-CN' });
    expect(url.pathname).toBe('/api/maturity/gate');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      entityRef: 'component:default/payments',
      domain: 'sre',
      minLevel: '3',
      lang: 'zh-CN',
    });
  });

  it('leaves the language to the backend without --lang', () => {
    expect(gateUrl(request).searchParams.has('lang')).toBe(false);
  });
});
