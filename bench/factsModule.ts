/*
 * The facts of the generated catalog (bench/catalog.ts), served to the
 * maturity plugin by a fact provider module.
 */
import { createBackendModule } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { maturityFactProvidersExtensionPoint } from '@devops-maturity/plugin-maturity-node';

/** Serves the generated facts to the maturity plugin as TechInsights evidence. */
export function benchFactsModule(facts: Map<string, any>) {
  return createBackendModule({
    pluginId: 'maturity',
    moduleId: 'bench-facts',
    register(reg) {
      reg.registerInit({
        deps: { providers: maturityFactProvidersExtensionPoint },
        async init({ providers }) {
          providers.addFactProvider({
            id: 'bench-facts',
            async getEvidence({ entities: batch }) {
              return new Map(
                batch.flatMap(e => {
                  const ref = stringifyEntityRef(e);
                  const f = facts.get(ref);
                  return f ? [[ref, { techInsights: f }] as const] : [];
                }),
              );
            },
          });
        },
      });
    },
  });
}
