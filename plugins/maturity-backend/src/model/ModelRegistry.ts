import { InputError, NotFoundError } from '@backstage/errors';
import {
  compileModel,
  CompiledModel,
  MaturityModel,
} from '@devops-maturity/plugin-maturity-common';

/** The models the backend serves, compiled once at startup. */
export class ModelRegistry {
  private readonly byId = new Map<string, CompiledModel>();

  constructor(models: MaturityModel[], private readonly defaultId?: string) {
    for (const model of models) {
      if (this.byId.has(model.id)) {
        throw new InputError(`Maturity model '${model.id}' is defined twice`);
      }
      this.byId.set(model.id, compileModel(model));
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
    return [...this.byId.values()];
  }

  /** The model with the id, or the default one; 404 for an unknown id. */
  get(modelId?: string): CompiledModel {
    const id = modelId ?? this.defaultId ?? this.ids()[0];
    const model = this.byId.get(id);
    if (!model) {
      throw new NotFoundError(
        `No maturity model '${id}' (available: ${this.ids().join(', ')})`,
      );
    }
    return model;
  }
}
