import type { MaturityModel } from './types';
import { formatModelPath } from './problems';
import { forEachTextField } from './textFields';
import { matchLanguage } from './languageTags';
import type { ModelTranslations } from './translations';

/**
 * A model with the texts of every language it provides. Create with
 * `parseModelYaml` / `parseModelObject` (`result.localized`) or
 * `loadLocalizedModelOrThrow`; read in one language with {@link localizeModel}.
 *
 * @public
 */
export interface LocalizedModel {
  /** The model in its default language. */
  readonly model: MaturityModel;
  /** The language of `model` (the model's `defaultLanguage`, else `en`). */
  readonly defaultLanguage: string;
  /**
   * The languages the model provides: its declared `languages`, else the
   * default language and every language found in its texts.
   */
  readonly languages: ReadonlyArray<string>;
  /** The localized texts by field path, e.g. `domains[2].title`. */
  readonly translations: ModelTranslations;
}

/**
 * The model's language best matching the requested tags (in order of
 * preference; `zh` matches `zh-CN` and `en-US` matches `en`), else its
 * default language.
 *
 * @public
 */
export function resolveModelLanguage(
  localized: LocalizedModel,
  requested: ReadonlyArray<string>,
): string {
  return (
    matchLanguage(localized.languages, requested) ?? localized.defaultLanguage
  );
}

/**
 * The model with every text in the given language; texts without that
 * language (or a related one, `zh` ↔ `zh-CN`) keep the default language.
 * Pure: returns a new model (the default-language one itself when nothing
 * changes).
 *
 * @public
 */
export function localizeModel(
  localized: LocalizedModel,
  language: string,
): MaturityModel {
  const { model, translations, defaultLanguage } = localized;
  if (translations.size === 0) return model;
  if (language.toLowerCase() === defaultLanguage.toLowerCase()) return model;
  const copy = structuredClone(model);
  forEachTextField(copy, (holder, key, path) => {
    const texts = translations.get(formatModelPath(path));
    if (!texts) return;
    const match = matchLanguage(Object.keys(texts), [language]);
    if (match) holder[key] = texts[match];
  });
  return copy;
}
