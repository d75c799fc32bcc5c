import { resolvePackagePath } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import {
  loadModelOrThrow,
  type MaturityModel,
} from '@devops-maturity/plugin-maturity-common';
import fs from 'fs';
import path from 'path';

/**
 * The maturity models that the maturity backend loads from its own config
 * (`maturity.includeDefaultModel`, `maturity.models`), in the same order:
 * the built-in CAICT model first unless disabled, then files (relative to the
 * working directory) and inline models. Models that backend modules add in
 * code are not among them.
 */
export function readConfiguredModels(config: Config): MaturityModel[] {
  const models: MaturityModel[] = [];
  if (config.getOptionalBoolean('maturity.includeDefaultModel') !== false) {
    models.push(
      readModelFile(
        resolvePackagePath(
          '@devops-maturity/plugin-maturity-common',
          'models/caict-devops.yaml',
        ),
      ),
    );
  }
  const entries = config.getOptionalConfigArray('maturity.models') ?? [];
  entries.forEach((entry, index) => {
    const file = entry.getOptionalString('file');
    if (file) {
      models.push(readModelFile(path.resolve(file)));
      return;
    }
    models.push(
      loadModelOrThrow(entry.getOptional('model'), {
        source: `app-config maturity.models[${index}].model`,
      }),
    );
  });
  return models;
}

function readModelFile(file: string): MaturityModel {
  return loadModelOrThrow(fs.readFileSync(file, 'utf8'), { source: file });
}
