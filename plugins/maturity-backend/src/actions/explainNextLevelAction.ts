import type { PermissionsService } from '@backstage/backend-plugin-api';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { ModelRegistry } from '../model/ModelRegistry';
import { readStoredScorecard } from '../service/readStoredScorecard';
import {
  domainParam,
  modelParam,
  parseEntityRefParam,
} from '../service/requestParsing';
import type { MaturityStore } from '../store/MaturityStore';
import { nextLevelSteps } from './nextLevelSteps';
import { requireScorecardRead } from './requireScorecardRead';

/** `maturity:explain-next-level`: what an entity must fix next. */
export function registerExplainNextLevelAction(
  actionsRegistry: ActionsRegistryService,
  deps: {
    permissions: PermissionsService;
    store: MaturityStore;
    models: ModelRegistry;
  },
): void {
  const { permissions, store, models } = deps;
  actionsRegistry.register({
    name: 'explain-next-level',
    title: 'Explain the next maturity level',
    description:
      'Lists what a catalog entity must fix to reach the next maturity level, per domain (weakest first) or in one domain, with remediation steps and links.',
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          entityRef: z.string(),
          domain: z
            .string()
            .optional()
            .describe('Domain id, e.g. sre or platform-engineering'),
          model: z.string().optional(),
        }),
      output: z =>
        z.object({
          steps: z.array(
            z.object({
              domainId: z.string(),
              domainTitle: z.string(),
              currentLevel: z.number().nullable(),
              targetLevel: z.number(),
              checkId: z.string(),
              title: z.string(),
              status: z.string(),
              message: z.string(),
              remediation: z.string().optional(),
              links: z.array(z.object({ title: z.string(), url: z.string() })),
            }),
          ),
        }),
    },
    action: async ({ input, credentials }) => {
      await requireScorecardRead(permissions, credentials);
      const compiled = modelParam(models, input.model);
      const domainId = domainParam(compiled, input.domain);
      const card = await readStoredScorecard(
        store,
        compiled,
        parseEntityRefParam(input.entityRef),
      );
      return { output: { steps: nextLevelSteps(card, domainId) } };
    },
  });
}
