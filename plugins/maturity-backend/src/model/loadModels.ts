import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  loadModelOrThrow,
  MaturityModel,
} from '@devops-maturity/plugin-maturity-common';
import fs from 'fs';
import path from 'path';

/** Path of the built-in CAICT DevOps model shipped with maturity-common. */
export function defaultModelPath(): string {
  return resolvePackagePath(
    '@devops-maturity/plugin-maturity-common',
    'models/caict-devops.yaml',
  );
}

/**
 * Reads the models named in `maturity.*` config: the built-in model unless
 * disabled, then files and inline models. Every problem of a broken model is
 * reported at once with its file, line and path, and stops the startup.
 */
export function loadModels(config: Config): MaturityModel[] {
  const models: MaturityModel[] = [];
  if (config.getOptionalBoolean('maturity.includeDefaultModel') !== false) {
    models.push(readModelFile(defaultModelPath()));
  }
  const entries = config.getOptionalConfigArray('maturity.models') ?? [];
  entries.forEach((entry, index) => {
    const file = entry.getOptionalString('file');
    if (file) {
      models.push(readModelFile(path.resolve(file)));
      return;
    }
    const inline = entry.getOptional('model');
    models.push(
      loadModelOrThrow(inline, {
        source: `app-config maturity.models[${index}].model`,
      }),
    );
  });
  return models;
}

function readModelFile(file: string): MaturityModel {
  const text = fs.readFileSync(file, 'utf8');
  return loadModelOrThrow(text, { source: file });
}
