import {
  Entity,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { AttestationEvidence } from '@devops-maturity/plugin-maturity-common';
import type {
  MaturityFactProvider,
  ProvidedEvidence,
} from '@devops-maturity/plugin-maturity-node';
import type { ModelRegistry } from '../model/ModelRegistry';
import type { MaturityStore } from '../store/MaturityStore';

/** The ids of the checks with `attestation.scope: team` in the loaded models. */
export function teamScopedCheckIds(models: ModelRegistry): string[] {
  const ids = new Set<string>();
  for (const compiled of models.all()) {
    for (const { check } of compiled.checks) {
      if (check.attestation?.scope === 'team') ids.add(check.id);
    }
  }
  return [...ids];
}

/**
 * The group whose team attestations an entity inherits: a group inherits
 * through itself (its ancestors' attestations; its own are its own), any
 * other entity through its owner.
 */
function inheritsThrough(entity: Entity, ref: string): string | undefined {
  if (entity.kind.toLocaleLowerCase('en-US') === 'group') return ref;
  return entity.relations?.find(r => r.type === RELATION_OWNED_BY)?.targetRef;
}

/**
 * Built-in provider of the evidence the plugin keeps: attestations (the
 * entity's own and, for `scope: team` checks, those of its owner group and
 * the groups above it) and waivers. Three queries per page.
 */
export class StoredEvidenceProvider implements MaturityFactProvider {
  readonly id = 'attestations-and-waivers';
  readonly evidenceSource = 'attestation' as const;

  /** The team-scoped checks of the models (fixed once they are loaded). */
  private readonly teamChecks: string[];

  constructor(private readonly store: MaturityStore, models?: ModelRegistry) {
    this.teamChecks = models ? teamScopedCheckIds(models) : [];
  }

  async getEvidence(request: { entities: Entity[] }) {
    const refs = request.entities.map(e => stringifyEntityRef(e));
    const owners = request.entities.map((e, i) => inheritsThrough(e, refs[i]));
    const teamChecks = this.teamChecks;
    const now = new Date();
    const [attestations, waivers, team] = await Promise.all([
      this.store.getActiveAttestations(refs, now),
      this.store.getActiveWaivers(refs, now),
      teamChecks.length
        ? this.store.getTeamAttestations(
            owners.filter((o): o is string => o !== undefined),
            teamChecks,
            now,
          )
        : new Map<string, Record<string, AttestationEvidence[]>>(),
    ]);
    const result = new Map<string, ProvidedEvidence>();
    refs.forEach((ref, i) => {
      const a = attestations.get(ref);
      const w = waivers.get(ref);
      const owner = owners[i];
      const t = inheritedBy(ref, owner ? team.get(owner) : undefined);
      if (a || w || t) {
        result.set(ref, {
          attestations: a,
          waivers: w,
          ...(t ? { teamAttestations: t } : {}),
        });
      }
    });
    return result;
  }
}

/** The team attestations an entity inherits: those of other entities than itself. */
function inheritedBy(
  ref: string,
  byCheck: Record<string, AttestationEvidence[]> | undefined,
): Record<string, AttestationEvidence[]> | undefined {
  if (!byCheck) return undefined;
  const result: Record<string, AttestationEvidence[]> = {};
  let any = false;
  for (const [checkId, list] of Object.entries(byCheck)) {
    const others = list.filter(a => a.inheritedFrom !== ref);
    if (others.length) {
      result[checkId] = others;
      any = true;
    }
  }
  return any ? result : undefined;
}
