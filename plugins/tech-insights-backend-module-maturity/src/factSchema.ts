import type { FactSchema } from '@backstage-community/plugin-tech-insights-common';
import type { MaturityDomain } from '@devops-maturity/plugin-maturity-common';

/** Facts published for every evaluated entity, whatever the model. */
const FIXED_FACTS: FactSchema = {
  overallLevel: {
    type: 'integer',
    description:
      'Overall maturity level 0–5 (the weakest applicable domain); absent when no domain applies',
  },
  score: {
    type: 'float',
    description:
      'Share of applicable checks passed or waived, from 0 to 1 (0.75 = 75 %)',
  },
  modelId: {
    type: 'string',
    description: 'Id of the maturity model the levels were evaluated under',
  },
  evaluatedAt: {
    type: 'datetime',
    description: 'When the maturity backend last evaluated the entity',
  },
  domainLevels: {
    type: 'object',
    description:
      'Level 0–5 per applicable domain, keyed by domain id, e.g. { "sre": 3 }',
  },
  domainScores: {
    type: 'object',
    description:
      'Share 0–1 of applicable checks passed or waived per applicable domain, keyed by domain id',
  },
};

/**
 * The fact name of one domain's level: the domain id in camel case followed
 * by `Level`, e.g. `sre` → `sreLevel`, `continuous-delivery` →
 * `continuousDeliveryLevel`.
 */
export function domainLevelFactName(domainId: string): string {
  const camel = domainId.replace(/-([a-z0-9])/g, (_, c: string) =>
    c.toLocaleUpperCase('en-US'),
  );
  return `${camel}Level`;
}

/**
 * The schema of the maturity levels retriever: the fixed facts plus one
 * integer fact per domain of the model, so that a TechInsights check reads a
 * domain's level as a plain integer fact (`sreLevel >= 3`). Throws when two
 * domains, or a domain and a fixed fact, would share a fact name.
 */
export function maturityLevelsFactSchema(
  modelId: string,
  domains: ReadonlyArray<Pick<MaturityDomain, 'id' | 'title'>>,
): FactSchema {
  const schema: FactSchema = { ...FIXED_FACTS };
  const owners = new Map<string, string>();
  for (const domain of domains) {
    const name = domainLevelFactName(domain.id);
    if (name in schema) {
      const other = owners.get(name);
      throw new Error(
        `Model '${modelId}': domain '${
          domain.id
        }' would publish the fact '${name}', which ${
          other ? `domain '${other}' publishes too` : 'is a fixed fact'
        }`,
      );
    }
    owners.set(name, domain.id);
    schema[name] = {
      type: 'integer',
      description: `Level 0–5 of the domain "${domain.title}" (${domain.id}); absent when the domain does not apply`,
    };
  }
  return schema;
}
