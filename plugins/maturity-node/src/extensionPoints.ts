import { createExtensionPoint } from '@backstage/backend-plugin-api';
import type { MaturityModel } from '@devops-maturity/plugin-maturity-common';
import type { MaturityFactProvider } from './MaturityFactProvider';

/**
 * Lets modules add sources of evidence to the maturity backend.
 *
 * @public
 */
export interface MaturityFactProvidersExtensionPoint {
  /** Adds a provider; it is asked for evidence in every evaluation run. */
  addFactProvider(provider: MaturityFactProvider): void;
}

/**
 * Extension point for {@link MaturityFactProvidersExtensionPoint}.
 *
 * @public
 */
export const maturityFactProvidersExtensionPoint =
  createExtensionPoint<MaturityFactProvidersExtensionPoint>({
    id: 'maturity.fact-providers',
  });

/**
 * Lets modules add maturity models besides those from configuration.
 *
 * @public
 */
export interface MaturityModelsExtensionPoint {
  /** Adds a model (validated and compiled at startup). */
  addModel(model: MaturityModel): void;
}

/**
 * Extension point for {@link MaturityModelsExtensionPoint}.
 *
 * @public
 */
export const maturityModelsExtensionPoint =
  createExtensionPoint<MaturityModelsExtensionPoint>({
    id: 'maturity.models',
  });
