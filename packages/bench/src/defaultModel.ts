import fs from 'fs';
import path from 'path';
import {
  loadModelOrThrow,
  type MaturityModel,
} from '@devops-maturity/plugin-maturity-common';

/** Reads the default CAICT model shipped with maturity-common. */
export function loadDefaultModel(): MaturityModel {
  const file = path.join(
    path.dirname(
      require.resolve('@devops-maturity/plugin-maturity-common/package.json'),
    ),
    'models/caict-devops.yaml',
  );
  return loadModelOrThrow(fs.readFileSync(file, 'utf8'), { source: file });
}
