import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type {
  FactRequirements,
  MaturityFactProvider,
  ProvidedEvidence,
} from '@devops-maturity/plugin-maturity-node';
import type { MaturityStore } from '../store/MaturityStore';

/**
 * Built-in provider of the facts pushed with `POST /facts`: per page of
 * entities the latest push of each source the models read (with only the
 * facts they read), and the history of facts that `trend` conditions
 * compare. At most one query for the latest facts and one per source with
 * history.
 */
export class PushedFactsProvider implements MaturityFactProvider {
  readonly id = 'pushed-facts';
  readonly evidenceSource = 'pushed' as const;

  constructor(
    private readonly store: MaturityStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async getEvidence(request: {
    entities: Entity[];
    requirements: FactRequirements;
  }): Promise<Map<string, ProvidedEvidence>> {
    const { pushed, pushedHistory } = request.requirements;
    const result = new Map<string, ProvidedEvidence>();
    const wantsLatest = Object.keys(pushed).length > 0;
    const wantsHistory = Object.keys(pushedHistory).length > 0;
    if (!request.entities.length || (!wantsLatest && !wantsHistory)) {
      return result;
    }
    const refs = request.entities.map(e => stringifyEntityRef(e));
    const [latest, history] = await Promise.all([
      wantsLatest ? this.store.readLatestPushedFacts(refs, pushed) : new Map(),
      wantsHistory
        ? this.store.readPushedFactHistory(refs, pushedHistory, this.now())
        : new Map(),
    ]);
    for (const ref of refs) {
      const facts = latest.get(ref);
      const points = history.get(ref);
      if (facts || points) {
        result.set(ref, {
          ...(facts ? { pushed: facts } : {}),
          ...(points ? { pushedHistory: points } : {}),
        });
      }
    }
    return result;
  }
}
