// Hostile URLs on purpose: they must never become links.
/* eslint-disable no-script-url */
import {
  isHttpUrl,
  reportPath,
  reportScopeOf,
  scopeRef,
  shortHash,
} from './reports';

describe('report helpers', () => {
  it('accepts only absolute http(s) URLs as links', () => {
    expect(isHttpUrl('https://wiki.example.com/dr')).toBe(true);
    expect(isHttpUrl('http://ci.example.com/1')).toBe(true);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('data:text/html,<script>x</script>')).toBe(false);
    expect(isHttpUrl('/relative/path')).toBe(false);
    expect(isHttpUrl(undefined)).toBe(false);
  });

  it('reads system and group scopes, nothing else', () => {
    expect(reportScopeOf('system:online-payment')).toEqual({
      kind: 'system',
      namespace: 'default',
      name: 'online-payment',
    });
    expect(reportScopeOf(' Group:finance/payments ')).toEqual({
      kind: 'group',
      namespace: 'finance',
      name: 'payments',
    });
    expect(reportScopeOf('component:default/x')).toBeUndefined();
    expect(reportScopeOf('online-payment')).toBeUndefined();
    expect(reportScopeOf('')).toBeUndefined();
  });

  it('builds the scope ref, the page path and the short hash', () => {
    const scope = { kind: 'group' as const, namespace: 'default', name: 'a b' };
    expect(scopeRef(scope)).toBe('group:default/a b');
    expect(reportPath('/maturity/', scope)).toBe(
      '/maturity/reports/group/default/a%20b',
    );
    expect(shortHash('0123456789abcdef0123')).toBe('0123456789ab');
  });
});
