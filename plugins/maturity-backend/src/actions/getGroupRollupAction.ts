import type { PermissionsService } from '@backstage/backend-plugin-api';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { NotFoundError } from '@backstage/errors';
import type { ModelRegistry } from '../model/ModelRegistry';
import { modelParam, parseGroupRefParam } from '../service/requestParsing';
import type { MaturityStore } from '../store/MaturityStore';
import { requireScorecardRead } from './requireScorecardRead';

/** `maturity:get-group-rollup`: a team's rollup over what it owns. */
export function registerGetGroupRollupAction(
  actionsRegistry: ActionsRegistryService,
  deps: {
    permissions: PermissionsService;
    store: MaturityStore;
    models: ModelRegistry;
  },
): void {
  const { permissions, store, models } = deps;
  actionsRegistry.register({
    name: 'get-group-rollup',
    title: 'Get team maturity rollup',
    description:
      "Returns a group's maturity rollup over every entity it or its nested groups own: per domain the level distribution, average level and score; its child groups; its weakest entities.",
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          groupRef: z
            .string()
            .describe('Group ref, e.g. group:default/payments-team'),
          model: z.string().optional(),
        }),
      output: z => z.object({ rollup: z.record(z.string(), z.unknown()) }),
    },
    action: async ({ input, credentials }) => {
      await requireScorecardRead(permissions, credentials);
      const compiled = modelParam(models, input.model);
      const groupRef = parseGroupRefParam(input.groupRef, 'groupRef');
      const rollup = await store.getGroupRollup({
        modelId: compiled.model.id,
        groupRef,
        weakestLimit: 5,
      });
      if (!rollup) {
        throw new NotFoundError(
          `No group ${groupRef} known to the maturity backend`,
        );
      }
      return {
        output: { rollup: rollup as unknown as Record<string, unknown> },
      };
    },
  });
}
