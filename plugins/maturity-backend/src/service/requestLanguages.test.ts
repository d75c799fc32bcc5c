import type express from 'express';
import { parseAcceptLanguage, requestedLanguages } from './requestLanguages';

const requestWith = (query: Record<string, unknown>, header?: string) =>
  ({
    query,
    get: (name: string) =>
      name.toLowerCase() === 'accept-language' ? header : undefined,
  } as unknown as express.Request);

describe('parseAcceptLanguage', () => {
  it('orders tags by q-value, then by position', () => {
    expect(
      parseAcceptLanguage('en;q=0.5, zh-CN, fr;q=0.8, zh;q=0.9, de;q=0.8'),
    ).toEqual(['zh-CN', 'zh', 'fr', 'de', 'en']);
  });

  it('drops wildcards, refused and malformed entries', () => {
    expect(parseAcceptLanguage('*, en;q=0, zh_CN, de;q=abc, ja')).toEqual([
      'ja',
    ]);
    expect(parseAcceptLanguage(undefined)).toEqual([]);
    expect(parseAcceptLanguage('')).toEqual([]);
  });
});

describe('requestedLanguages', () => {
  it('puts ?lang= before Accept-Language', () => {
    expect(requestedLanguages(requestWith({ lang: 'zh-CN' }, 'en'))).toEqual([
      'zh-CN',
      'en',
    ]);
    expect(requestedLanguages(requestWith({}, 'zh, en;q=0.1'))).toEqual([
      'zh',
      'en',
    ]);
  });

  it('rejects a malformed lang with 400', () => {
    expect(() => requestedLanguages(requestWith({ lang: 'zh_CN' }))).toThrow(
      "lang 'zh_CN' is not a BCP 47 language tag (e.g. en, zh-CN)",
    );
  });
});
