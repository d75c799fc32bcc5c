import type { Config } from '@backstage/config';
import type { MaturityModel } from '@devops-maturity/plugin-maturity-common';

/** The model whose levels the retriever publishes. */
export interface PublishedModel {
  id: string;
  /**
   * The model's domains when the model is one the config defines; undefined
   * for a model only a backend module adds (then no per-domain facts).
   */
  domains?: MaturityModel['domains'];
}

/**
 * Picks the model to publish: `techInsights.maturity.modelId`, else the
 * maturity backend's default (`maturity.defaultModelId`, else its first
 * model).
 */
export function resolvePublishedModel(
  config: Config,
  models: MaturityModel[],
): PublishedModel {
  const id =
    config.getOptionalString('techInsights.maturity.modelId') ??
    config.getOptionalString('maturity.defaultModelId') ??
    models[0]?.id;
  if (id === undefined) {
    throw new Error(
      'techInsights.maturity.modelId is not set and the maturity config defines no model to default to',
    );
  }
  return { id, domains: models.find(model => model.id === id)?.domains };
}
