import { formatModelPath, ModelPath } from './problems';
import type { SchemaIssue } from './schema';
import { forEachTextField } from './textFields';
import { isLanguageTag } from './languageTags';
import { isRecord } from './values';

/** The language of a model that declares none. */
export const DEFAULT_LANGUAGE = 'en';

/**
 * The texts of a model's localized fields by path
 * (`domains[2].title` → `{ en: …, 'zh-CN': … }`).
 *
 * @public
 */
export type ModelTranslations = ReadonlyMap<
  string,
  Readonly<Record<string, string>>
>;

/** The outcome of {@link extractTranslations}. */
export interface ExtractedTranslations {
  /** The model with every localized field replaced by its default-language text. */
  plain: unknown;
  defaultLanguage: string;
  /** The declared languages, or the default and every language found. */
  languages: string[];
  translations: Map<string, Record<string, string>>;
  errors: SchemaIssue[];
  warnings: SchemaIssue[];
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

function declaredLanguages(
  raw: Record<string, unknown>,
  errors: SchemaIssue[],
): { defaultLanguage: string; declared?: string[] } {
  let defaultLanguage = DEFAULT_LANGUAGE;
  if (raw.defaultLanguage !== undefined) {
    if (isLanguageTag(raw.defaultLanguage)) {
      defaultLanguage = raw.defaultLanguage;
    } else {
      errors.push({
        path: ['defaultLanguage'],
        message: `expected a BCP 47 language tag such as 'en' or 'zh-CN', got ${JSON.stringify(
          raw.defaultLanguage,
        )}`,
      });
    }
  }
  if (raw.languages === undefined) return { defaultLanguage };
  if (!Array.isArray(raw.languages)) {
    errors.push({
      path: ['languages'],
      message: 'expected a list of language tags, e.g. [en, zh-CN]',
    });
    return { defaultLanguage };
  }
  const declared: string[] = [];
  raw.languages.forEach((tag, i) => {
    if (isLanguageTag(tag)) declared.push(tag);
    else {
      errors.push({
        path: ['languages', i],
        message: `expected a BCP 47 language tag such as 'en' or 'zh-CN', got ${JSON.stringify(
          tag,
        )}`,
      });
    }
  });
  if (!declared.includes(defaultLanguage)) {
    errors.push({
      path: ['languages'],
      message: `the languages must include the default language '${defaultLanguage}'`,
    });
  }
  return { defaultLanguage, declared };
}

/** Checks one localized map; returns its valid texts. */
function readLocalizedMap(
  map: Record<string, unknown>,
  path: ModelPath,
  defaultLanguage: string,
  errors: SchemaIssue[],
): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const [language, value] of Object.entries(map)) {
    if (!isLanguageTag(language)) {
      errors.push({
        path: [...path, language],
        atKey: true,
        message: `'${language}' is not a BCP 47 language tag (e.g. en, zh-CN)`,
      });
      continue;
    }
    if (typeof value !== 'string') {
      errors.push({
        path: [...path, language],
        message: `expected a string, got ${typeName(value)}`,
      });
      continue;
    }
    if (value.trim() === '') {
      errors.push({ path: [...path, language], message: 'must not be empty' });
      continue;
    }
    texts[language] = value;
  }
  if (!(defaultLanguage in map)) {
    errors.push({
      path,
      message: `missing the default language '${defaultLanguage}'`,
    });
  }
  return texts;
}

/**
 * Warnings for one text in the given languages: languages not declared (the
 * default language undeclared is one error, not a warning per text), and
 * declared languages it lacks (unless it lacks the default one, an error).
 */
function languageWarnings(
  path: ModelPath,
  languages: string[],
  declared: string[],
  defaultLanguage: string,
): SchemaIssue[] {
  const warnings: SchemaIssue[] = languages
    .filter(
      language => language !== defaultLanguage && !declared.includes(language),
    )
    .map(language => ({
      path: [...path, language],
      atKey: true,
      message: `language '${language}' is not in the model's languages (${declared.join(
        ', ',
      )})`,
    }));
  const missing = declared.filter(language => !languages.includes(language));
  if (missing.length > 0 && languages.includes(defaultLanguage)) {
    warnings.push({
      path,
      message: `no ${missing
        .map(language => `'${language}'`)
        .join(', ')} text (the model declares languages ${declared.join(
        ', ',
      )})`,
    });
  }
  return warnings;
}

/**
 * Finds the localized text fields of a raw model (maps of language to text),
 * checks them, and returns the model with each replaced by its
 * default-language text, the translations by path, errors, and warnings for
 * texts missing a declared language. The input is not modified.
 */
export function extractTranslations(raw: unknown): ExtractedTranslations {
  const errors: SchemaIssue[] = [];
  const warnings: SchemaIssue[] = [];
  const translations = new Map<string, Record<string, string>>();
  if (!isRecord(raw)) {
    return {
      plain: raw,
      defaultLanguage: DEFAULT_LANGUAGE,
      languages: [DEFAULT_LANGUAGE],
      translations,
      errors,
      warnings,
    };
  }
  const { defaultLanguage, declared } = declaredLanguages(raw, errors);
  const found = new Set<string>([defaultLanguage]);

  let hasMaps = false;
  forEachTextField(raw, (holder, key) => {
    if (isRecord(holder[key])) hasMaps = true;
  });
  const plain = hasMaps ? structuredClone(raw) : raw;

  forEachTextField(plain, (holder, key, path) => {
    const value = holder[key];
    let languages = [defaultLanguage];
    if (isRecord(value)) {
      const texts = readLocalizedMap(value, path, defaultLanguage, errors);
      translations.set(formatModelPath(path), texts);
      languages = Object.keys(texts);
      languages.forEach(language => found.add(language));
      const fallback = texts[defaultLanguage] ?? Object.values(texts)[0];
      if (fallback !== undefined) holder[key] = fallback;
    }
    if (declared) {
      warnings.push(
        ...languageWarnings(path, languages, declared, defaultLanguage),
      );
    }
  });

  return {
    plain,
    defaultLanguage,
    languages: declared ?? [...found],
    translations,
    errors,
    warnings,
  };
}
