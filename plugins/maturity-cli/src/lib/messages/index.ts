import { en, MessageCatalog, MessageKey } from './en';
import { zhCN } from './zhCN';

export type { MessageCatalog, MessageKey };

/** The languages the CLI's own words are written in. */
export type MessageLanguage = 'en' | 'zh-CN';

/** Values for the `{placeholders}` of a message. */
export type MessageParams = Record<string, string | number>;

/** The base of a pair of keys `<base>.one` and `<base>.other`. */
export type CountKey = MessageKey extends infer K
  ? K extends `${infer Base}.one`
    ? Base
    : never
  : never;

/** The CLI's own words in one language. */
export interface Messages {
  /** The language of the words. */
  readonly language: MessageLanguage;
  /** The message with its `{placeholders}` filled in from `params`. */
  text(key: MessageKey, params?: MessageParams): string;
  /** `<key>.one` for a count of 1, else `<key>.other`, `{count}` filled in. */
  count(key: CountKey, count: number, params?: MessageParams): string;
  /** A message whose key is made at run time (e.g. from an id); undefined when there is none. */
  lookup(key: string, params?: MessageParams): string | undefined;
}

const CATALOGS: Record<MessageLanguage, MessageCatalog> = {
  en,
  'zh-CN': zhCN,
};

/** Simplified Chinese: `zh`, and `zh` with the script `Hans` or the region `CN` or `SG`. */
const SIMPLIFIED_CHINESE = /^zh(-hans)?(-(cn|sg))?$/i;

/**
 * The language of the CLI's words for `--lang`: `zh-CN` for `zh`, `zh-CN`,
 * `zh-Hans` (and `zh-SG`, `zh-Hans-CN`), else English.
 */
export function messageLanguage(tag: string | undefined): MessageLanguage {
  return tag !== undefined && SIMPLIFIED_CHINESE.test(tag) ? 'zh-CN' : 'en';
}

const PLACEHOLDER = /\{(\w+)\}/g;

function fill(template: string, params: MessageParams | undefined): string {
  if (!params || !template.includes('{')) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

function createMessages(language: MessageLanguage): Messages {
  const catalog: Record<string, string> = CATALOGS[language];
  return {
    language,
    text: (key, params) => fill(catalog[key], params),
    count: (key, count, params) =>
      fill(catalog[`${key}.${count === 1 ? 'one' : 'other'}`], {
        ...params,
        count,
      }),
    lookup: (key, params) =>
      Object.prototype.hasOwnProperty.call(catalog, key)
        ? fill(catalog[key], params)
        : undefined,
  };
}

const MESSAGES: Record<MessageLanguage, Messages> = {
  en: createMessages('en'),
  'zh-CN': createMessages('zh-CN'),
};

/** The CLI's words in English, the default. */
export const ENGLISH: Messages = MESSAGES.en;

/** The CLI's words for `--lang` (English when it is not Simplified Chinese). */
export function messagesFor(tag: string | undefined): Messages {
  return MESSAGES[messageLanguage(tag)];
}

/** The placeholder names of a message, sorted (for tests of the catalogs). */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map(m => m[1]).sort();
}
