import { InputError, NotFoundError } from '@backstage/errors';
import {
  compileModel,
  CompiledModel,
  LocalizedModel,
  localizeModel,
  MaturityModel,
  resolveModelLanguage,
} from '@devops-maturity/plugin-maturity-common';

interface Entry {
  compiled: CompiledModel;
  localized: LocalizedModel;
  /** The model in each language asked for so far. */
  byLanguage: Map<string, MaturityModel>;
}

function isLocalized(
  model: MaturityModel | LocalizedModel,
): model is LocalizedModel {
  return 'translations' in model && 'defaultLanguage' in model;
}

/** A model without translations: its declared (or the `en`) language only. */
function withoutTranslations(model: MaturityModel): LocalizedModel {
  const defaultLanguage = model.defaultLanguage ?? 'en';
  return {
    model,
    defaultLanguage,
    languages: [defaultLanguage],
    translations: new Map(),
  };
}

/** A model's text in one language, and that language. */
export interface ModelInLanguage {
  model: MaturityModel;
  /** The BCP 47 tag of the language served. */
  language: string;
}

/**
 * The models the backend serves, compiled once at startup (in their default
 * language); each language's texts are built once, on first request.
 */
export class ModelRegistry {
  private readonly byId = new Map<string, Entry>();

  constructor(
    models: ReadonlyArray<MaturityModel | LocalizedModel>,
    private readonly defaultId?: string,
  ) {
    for (const given of models) {
      const localized = isLocalized(given) ? given : withoutTranslations(given);
      const { model } = localized;
      if (this.byId.has(model.id)) {
        throw new InputError(`Maturity model '${model.id}' is defined twice`);
      }
      this.byId.set(model.id, {
        compiled: compileModel(model),
        localized,
        byLanguage: new Map([[localized.defaultLanguage, model]]),
      });
    }
    if (this.byId.size === 0) {
      throw new InputError('No maturity model is configured');
    }
    if (defaultId && !this.byId.has(defaultId)) {
      throw new InputError(
        `maturity.defaultModelId '${defaultId}' names no loaded model (loaded: ${this.ids().join(
          ', ',
        )})`,
      );
    }
  }

  ids(): string[] {
    return [...this.byId.keys()];
  }

  all(): CompiledModel[] {
    return [...this.byId.values()].map(entry => entry.compiled);
  }

  /** The model with the id, or the default one; 404 for an unknown id. */
  get(modelId?: string): CompiledModel {
    return this.entry(modelId).compiled;
  }

  /** The languages a model provides and its default language. */
  languagesOf(modelId?: string): {
    defaultLanguage: string;
    languages: ReadonlyArray<string>;
  } {
    const { defaultLanguage, languages } = this.entry(modelId).localized;
    return { defaultLanguage, languages };
  }

  /**
   * The model's text in the best of the requested languages (most preferred
   * first), else its default language; 404 for an unknown id.
   */
  inLanguage(
    modelId: string | undefined,
    requested: ReadonlyArray<string>,
  ): ModelInLanguage {
    const entry = this.entry(modelId);
    const language = resolveModelLanguage(entry.localized, requested);
    let model = entry.byLanguage.get(language);
    if (!model) {
      model = localizeModel(entry.localized, language);
      entry.byLanguage.set(language, model);
    }
    return { model, language };
  }

  private entry(modelId?: string): Entry {
    const id = modelId ?? this.defaultId ?? this.ids()[0];
    const entry = this.byId.get(id);
    if (!entry) {
      throw new NotFoundError(
        `No maturity model '${id}' (available: ${this.ids().join(', ')})`,
      );
    }
    return entry;
  }
}
