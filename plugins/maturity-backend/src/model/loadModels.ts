import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  loadLocalizedModelOrThrow,
  LocalizedModel,
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
 * Each model comes with the texts of every language it provides.
 */
export function loadModels(config: Config): LocalizedModel[] {
  const models: LocalizedModel[] = [];
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
      loadLocalizedModelOrThrow(inline, {
        source: `app-config maturity.models[${index}].model`,
      }),
    );
  });
  return models;
}

function readModelFile(file: string): LocalizedModel {
  const text = fs.readFileSync(file, 'utf8');
  return loadLocalizedModelOrThrow(text, { source: file });
}
