import type { MaturityModel } from '@devops-maturity/plugin-maturity-common';
import {
  JSON_RULE_ENGINE_CHECK_TYPE,
  type TechInsightJsonRuleCheck,
} from '@backstage-community/plugin-tech-insights-backend-module-jsonfc';
import type { TopLevelCondition } from 'json-rules-engine';
import { translateAppliesTo, type Vocabulary } from './translateAppliesTo';
import { noFactNeeds, translateRule, type FactNeeds } from './translateRule';
import { Untranslatable } from './Untranslatable';

/** The default model's checks as TechInsights checks. */
export interface ModelTranslation {
  /** The checks expressible in both engines, as jsonfc checks (ids are our check ids). */
  checks: TechInsightJsonRuleCheck[];
  /** The other checks and why they are left out. */
  excluded: Array<{ checkId: string; reason: string }>;
  /** The model reduced to the translated checks, for our engine. */
  model: MaturityModel;
  /** The facts the translated checks read. */
  needs: FactNeeds;
}

/**
 * Translates every check of a model that both engines can express: its rule
 * into jsonfc conditions, its `appliesTo` into a check filter.
 */
export function translateModel(
  model: MaturityModel,
  vocabulary: Vocabulary,
  appliesToSome: (checkId: string) => boolean = () => true,
): ModelTranslation {
  const checks: TechInsightJsonRuleCheck[] = [];
  const excluded: ModelTranslation['excluded'] = [];
  const needs = noFactNeeds();
  const kept = new Set<string>();
  for (const domain of model.domains) {
    for (const capability of domain.capabilities) {
      for (const check of capability.checks) {
        if (!appliesToSome(check.id)) {
          excluded.push({
            checkId: check.id,
            reason:
              'applies to none of the compared entities (e.g. team checks)',
          });
          continue;
        }
        if (!check.rule) {
          excluded.push({
            checkId: check.id,
            reason: 'attestation check (human evidence, no rule)',
          });
          continue;
        }
        const own = noFactNeeds();
        try {
          const filter = translateAppliesTo(check.appliesTo, vocabulary);
          const conditions = translateRule(check.rule, own);
          checks.push({
            id: check.id,
            type: JSON_RULE_ENGINE_CHECK_TYPE,
            name: check.title,
            description: check.title,
            factIds: [...own.retrievers],
            rule: { conditions: conditions as TopLevelCondition },
            ...(filter ? { filter } : {}),
          });
        } catch (error) {
          if (!(error instanceof Untranslatable)) throw error;
          excluded.push({ checkId: check.id, reason: error.message });
          continue;
        }
        kept.add(check.id);
        own.retrievers.forEach(r => needs.retrievers.add(r));
        own.entityPaths.forEach(p => needs.entityPaths.add(p));
        needs.ageFacts.push(...own.ageFacts);
      }
    }
  }
  // Indicators are not checks: jsonfc has nothing to compare them with.
  const reduced: MaturityModel = {
    ...model,
    indicators: undefined,
    domains: model.domains
      .map(domain => ({
        ...domain,
        capabilities: domain.capabilities
          .map(capability => ({
            ...capability,
            checks: capability.checks.filter(c => kept.has(c.id)),
          }))
          .filter(capability => capability.checks.length > 0),
      }))
      .filter(domain => domain.capabilities.length > 0),
  };
  return { checks, excluded, model: reduced, needs };
}
