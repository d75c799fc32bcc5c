import type { PermissionsService } from '@backstage/backend-plugin-api';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { maturityScorecardReadPermission } from '@devops-maturity/plugin-maturity-common';
import type { ModelRegistry } from '../model/ModelRegistry';
import { readStoredScorecard } from '../service/readStoredScorecard';
import {
  domainParam,
  modelParam,
  parseEntityRefParam,
  parseGroupRefParam,
} from '../service/requestParsing';
import type { MaturityStore } from '../store/MaturityStore';
import { nextLevelSteps } from './nextLevelSteps';

/**
 * Registers the maturity actions (for MCP clients and other plugins):
 * an entity's scorecard, a group's rollup, and what an entity needs for the
 * next level.
 */
export function registerMaturityActions(options: {
  actionsRegistry: ActionsRegistryService;
  permissions: PermissionsService;
  store: MaturityStore;
  models: ModelRegistry;
}) {
  const { actionsRegistry, permissions, store, models } = options;

  const assertCanRead = async (credentials: any) => {
    const [decision] = await permissions.authorize(
      [{ permission: maturityScorecardReadPermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError('Not allowed to read maturity scorecards');
    }
  };

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
      await assertCanRead(credentials);
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
      await assertCanRead(credentials);
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
      await assertCanRead(credentials);
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
