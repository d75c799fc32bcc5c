import { maturityMessages } from './messages';

type Flatten<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? { [Q in `${P}${K}`]: T[K] }
    : Flatten<T[K], `${P}${K}.`>;
}[keyof T & string];

type UnionToIntersection<U> = (
  U extends unknown ? (u: U) => void : never
) extends (i: infer I) => void
  ? I
  : never;

/** The messages of the plugin by dotted key, plural forms included. */
export type MaturityMessages = UnionToIntersection<
  Flatten<typeof maturityMessages>
>;

/** A message key, plural forms (`_one`, `_other`) under their base key. */
export type MaturityMessageKey = keyof MaturityMessages extends infer K
  ? K extends `${infer Base}_${'one' | 'other'}`
    ? Base
    : K
  : never;

/** Values of a message's `{{placeholders}}`; `count` picks the plural form. */
export type MessageParams = Record<string, string | number>;

/** Translates a message key with its placeholder values into text. */
export type MaturityTranslate = (
  key: MaturityMessageKey,
  params?: MessageParams,
) => string;

/** Nested messages flattened to dotted keys. */
export function flattenMessages(
  messages: object,
  prefix = '',
): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') flat[`${prefix}${key}`] = value;
    else Object.assign(flat, flattenMessages(value, `${prefix}${key}.`));
  }
  return flat;
}

/**
 * A translate function over flat messages in one language, with the rules
 * of the app's translation API: `{{name}}` placeholders, and `key_one` /
 * `key_other` chosen by a numeric `count`. Unknown placeholders stay
 * visible.
 */
export function createTranslate(
  messages: Record<string, string>,
  language: string,
): MaturityTranslate {
  const plurals = new Intl.PluralRules(language);
  return (key, params = {}) => {
    const plural =
      typeof params.count === 'number'
        ? messages[`${key}_${plurals.select(params.count)}`] ??
          messages[`${key}_other`]
        : undefined;
    const template = plural ?? messages[key] ?? key;
    return template.replace(/\{\{(\w+)\}\}/g, (_match, name: string) =>
      name in params ? String(params[name]) : `{{${name}}}`,
    );
  };
}

/** The English default messages by dotted key. */
export const englishMessages = flattenMessages(maturityMessages);

/**
 * The English texts, for helpers called outside React (and their tests);
 * components use `useMaturityTranslation` instead.
 */
export const englishTranslate: MaturityTranslate = createTranslate(
  englishMessages,
  'en',
);

/** Texts and formats of one language, as helpers outside React take them. */
export interface Localizer {
  /** The text of a message in the language. */
  t: MaturityTranslate;
  /** The language (BCP 47), for `Intl` number and date formats. */
  language: string;
}

/** English texts and formats: the default of helpers called without one. */
export const english: Localizer = { t: englishTranslate, language: 'en' };
