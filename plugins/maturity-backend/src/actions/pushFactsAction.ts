import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { PushedFactsService } from '../pushedFacts/PushedFactsService';

/**
 * Registers `maturity:push-facts`: the action form of `POST /facts`, with
 * the same permission (`maturity.facts.push`), validation, rate limit and
 * idempotency, through the same {@link PushedFactsService}.
 */
export function registerPushFactsAction(options: {
  actionsRegistry: ActionsRegistryService;
  pushedFacts: PushedFactsService;
}) {
  const { actionsRegistry, pushedFacts } = options;
  const sources = Object.values(pushedFacts.config.sources)
    .map(
      s =>
        `${s.id} (${Object.entries(s.facts)
          .map(([name, fact]) => `${name}: ${fact.type}`)
          .join(', ')})`,
    )
    .join('; ');
  actionsRegistry.register({
    name: 'push-facts',
    title: 'Push facts for maturity checks',
    description: `Stores facts of a catalog entity from a declared source (e.g. a CI pipeline's coverage); maturity models read them as pushed.<source>.<fact> and the entity is re-evaluated. One push is kept per entity, source and timestamp: the same facts again are not stored twice, other facts for the same timestamp are refused. Declared sources: ${
      sources || 'none'
    }.`,
    attributes: { readOnly: false, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          entityRef: z
            .string()
            .describe('Entity ref, e.g. component:default/payments'),
          source: z.string().describe('A declared source, e.g. ci'),
          timestamp: z
            .string()
            .optional()
            .describe(
              'When the facts were observed, ISO 8601 with a time zone; now when absent',
            ),
          facts: z
            .record(z.unknown())
            .describe('Fact name to value, each of its declared type'),
        }),
      output: z =>
        z.object({
          entityRef: z.string(),
          source: z.string(),
          timestamp: z.string(),
          stored: z
            .boolean()
            .describe('false when the same facts were stored before'),
        }),
    },
    action: async ({ input, credentials }) => ({
      output: await pushedFacts.push(input, credentials),
    }),
  });
}
