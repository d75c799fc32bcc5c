import type { PermissionsService } from '@backstage/backend-plugin-api';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { ModelRegistry } from '../model/ModelRegistry';
import { readStoredScorecard } from '../service/readStoredScorecard';
import { modelParam, parseEntityRefParam } from '../service/requestParsing';
import type { MaturityStore } from '../store/MaturityStore';
import { requireScorecardRead } from './requireScorecardRead';

/** `maturity:get-entity-scorecard`: an entity's levels per domain. */
export function registerGetEntityScorecardAction(
  actionsRegistry: ActionsRegistryService,
  deps: {
    permissions: PermissionsService;
    store: MaturityStore;
    models: ModelRegistry;
  },
): void {
  const { permissions, store, models } = deps;
  actionsRegistry.register({
    name: 'get-entity-scorecard',
    title: 'Get maturity scorecard',
    description:
      'Returns the DevOps maturity scorecard (CAICT levels 0-5 per domain, overall weakest-link level, score) of a catalog entity.',
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          entityRef: z
            .string()
            .describe('Entity ref, e.g. component:default/payments'),
          model: z
            .string()
            .optional()
            .describe('Model id; the default model when absent'),
        }),
      output: z =>
        z.object({
          entityRef: z.string(),
          modelId: z.string(),
          level: z.number().nullable(),
          score: z.number(),
          evaluatedAt: z.string(),
          domains: z.array(
            z.object({
              domainId: z.string(),
              title: z.string(),
              level: z.number().nullable(),
              score: z.number(),
              passed: z.number(),
              failed: z.number(),
              unknown: z.number(),
            }),
          ),
        }),
    },
    action: async ({ input, credentials }) => {
      await requireScorecardRead(permissions, credentials);
      const compiled = modelParam(models, input.model);
      const card = await readStoredScorecard(
        store,
        compiled,
        parseEntityRefParam(input.entityRef),
      );
      return {
        output: {
          entityRef: card.entityRef,
          modelId: card.modelId,
          level: card.level,
          score: card.score,
          evaluatedAt: card.evaluatedAt,
          domains: card.domains
            .filter(d => d.applicable)
            .map(d => ({
              domainId: d.domainId,
              title: d.title,
              level: d.level,
              score: d.score,
              passed: d.counts.passed + d.counts.waived,
              failed: d.counts.failed + d.counts.error,
              unknown: d.counts.unknown,
            })),
        },
      };
    },
  });
}
