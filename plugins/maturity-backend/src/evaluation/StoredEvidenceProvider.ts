import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type {
  MaturityFactProvider,
  ProvidedEvidence,
} from '@devops-maturity/plugin-maturity-node';
import type { MaturityStore } from '../store/MaturityStore';

/** Built-in provider of the evidence the plugin keeps: attestations and waivers. */
export class StoredEvidenceProvider implements MaturityFactProvider {
  readonly id = 'attestations-and-waivers';
  readonly evidenceSource = 'attestation' as const;

  constructor(private readonly store: MaturityStore) {}

  async getEvidence(request: { entities: Entity[] }) {
    const refs = request.entities.map(e => stringifyEntityRef(e));
    const now = new Date();
    const [attestations, waivers] = await Promise.all([
      this.store.getActiveAttestations(refs, now),
      this.store.getActiveWaivers(refs, now),
    ]);
    const result = new Map<string, ProvidedEvidence>();
    for (const ref of refs) {
      const a = attestations.get(ref);
      const w = waivers.get(ref);
      if (a || w) {
        result.set(ref, { attestations: a, waivers: w });
      }
    }
    return result;
  }
}
