import { InputError } from '@backstage/errors';
import { isLanguageTag } from '@devops-maturity/plugin-maturity-common';
import type express from 'express';

/**
 * The language tags of an `Accept-Language` header, most preferred first
 * (by q-value, then order); `*` and `q=0` entries are dropped.
 */
export function parseAcceptLanguage(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map(p => p.trim()).find(p => /^q=/i.test(p));
      // `q=abc` is NaN and `q=` is 0: both are dropped below.
      return { tag: tag.trim(), q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter(
      entry =>
        entry.tag !== '*' &&
        Number.isFinite(entry.q) &&
        entry.q > 0 &&
        isLanguageTag(entry.tag),
    )
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map(entry => entry.tag);
}

/**
 * The languages a request asks for, most preferred first: the `lang` query
 * parameter, then the `Accept-Language` header. A malformed `lang` is 400.
 */
export function requestedLanguages(req: express.Request): string[] {
  const lang = req.query.lang;
  const header = parseAcceptLanguage(req.get('accept-language'));
  if (lang === undefined) return header;
  if (!isLanguageTag(lang)) {
    throw new InputError(
      `lang '${String(lang)}' is not a BCP 47 language tag (e.g. en, zh-CN)`,
    );
  }
  return [lang, ...header];
}
