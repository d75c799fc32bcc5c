import type { Entity } from '@backstage/catalog-model';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  JsonRulesEngineFactCheckerFactory,
  type JsonRulesEngineFactChecker,
  type JsonRulesEngineFactCheckerFactoryOptions,
  type TechInsightJsonRuleCheck,
} from '@backstage-community/plugin-tech-insights-backend-module-jsonfc';
import type { TechInsightsStore } from '@backstage-community/plugin-tech-insights-node';
import { createMatchesOperator } from './matchesOperator';

type Options = JsonRulesEngineFactCheckerFactoryOptions;

/** A logger that drops debug and info and keeps warnings and errors. */
export function createQuietLogger(): Options['logger'] & {
  problems: string[];
} {
  const problems: string[] = [];
  const logger = {
    problems,
    debug() {},
    info() {},
    warn(message: string) {
      problems.push(`warn: ${message}`);
    },
    error(message: string) {
      problems.push(`error: ${message}`);
    },
    child: () => logger,
  };
  return logger;
}

/**
 * The part of the catalog service jsonfc calls (to apply check filters):
 * entities by ref, from memory.
 */
function catalogOf(entities: Entity[]): NonNullable<Options['catalog']> {
  const byRef = new Map(entities.map(e => [stringifyEntityRef(e), e]));
  const catalog: Pick<NonNullable<Options['catalog']>, 'getEntityByRef'> = {
    async getEntityByRef(ref) {
      return byRef.get(typeof ref === 'string' ? ref : stringifyEntityRef(ref));
    },
  };
  return catalog as NonNullable<Options['catalog']>;
}

/** The part of the auth service jsonfc calls: this service's own credentials. */
function serviceAuth(): NonNullable<Options['auth']> {
  const auth: Pick<NonNullable<Options['auth']>, 'getOwnServiceCredentials'> = {
    async getOwnServiceCredentials() {
      return {
        $$type: '@backstage/BackstageCredentials',
        principal: { type: 'service', subject: 'bench' },
      };
    },
  };
  return auth as NonNullable<Options['auth']>;
}

/**
 * Builds jsonfc's fact checker the way the TechInsights backend does (its
 * factory, the default check registry), over the given store and entities,
 * with the `matches` operator.
 */
export function createJsonfcChecker(options: {
  checks: TechInsightJsonRuleCheck[];
  store: TechInsightsStore;
  entities: Entity[];
  logger: Options['logger'];
}): JsonRulesEngineFactChecker {
  return new JsonRulesEngineFactCheckerFactory({
    checks: options.checks,
    logger: options.logger,
    operators: [createMatchesOperator()],
    catalog: catalogOf(options.entities),
    auth: serviceAuth(),
  }).construct(options.store);
}
