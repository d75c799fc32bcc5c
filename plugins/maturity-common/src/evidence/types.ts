import type { Entity } from '@backstage/catalog-model';
import type { JsonValue } from '../model/types';

/**
 * A target of a relation, and whether it exists in the catalog.
 *
 * @public
 */
export interface RelationTargetEvidence {
  /** The target entity ref, e.g. `group:default/payments`. */
  targetRef: string;
  /** Whether the target exists; `undefined` when unknown (e.g. offline). */
  exists?: boolean;
}

/**
 * The latest facts of one TechInsights retriever.
 *
 * @public
 */
export interface TechInsightsFactsEvidence {
  /** Fact name to value. */
  facts: Record<string, JsonValue>;
  /** When the facts were collected (ISO 8601). */
  timestamp?: string;
}

/**
 * One earlier value of a fact.
 *
 * @public
 */
export interface FactHistoryPoint {
  /** When the value was observed (ISO 8601). */
  timestamp: string;
  /** The value. */
  value: JsonValue;
}

/**
 * A human attestation of a check, with evidence.
 *
 * @public
 */
export interface AttestationEvidence {
  /** When it was attested (ISO 8601). */
  attestedAt: string;
  /** When it expires (ISO 8601). */
  expiresAt: string;
  /** Link to the evidence. */
  evidenceUrl: string;
  /** Who attested (user entity ref). */
  author: string;
  /** Free text. */
  comment?: string;
  /**
   * The group whose team attestation this is, when the entity inherits it
   * (a check with `scope: team`); absent for the entity's own attestation.
   */
  inheritedFrom?: string;
  /** The title of the `inheritedFrom` group, when known. */
  inheritedFromTitle?: string;
}

/**
 * A waiver: a check deliberately not required for an entity, for a while.
 *
 * @public
 */
export interface WaiverEvidence {
  /** Why the check is waived. */
  reason: string;
  /** When the waiver ends (ISO 8601); never when absent. */
  expiresAt?: string;
  /** Who waived (user entity ref). */
  author: string;
}

/**
 * An evidence source that could not be read for this evaluation.
 *
 * @public
 */
export interface UnavailableSource {
  /** The source. */
  source: 'techInsights' | 'pushed' | 'catalog' | 'attestation';
  /** Why it is unavailable; shown in the messages of affected checks. */
  message: string;
}

/**
 * Everything known about one entity that the engine evaluates checks against.
 *
 * @public
 */
export interface EntityEvidence {
  /** The catalog entity, including its `relations`. */
  entity: Entity;
  /**
   * Relation targets by relation type, with existence. When absent the
   * targets are derived from `entity.relations`, with unknown existence.
   */
  relations?: Record<string, RelationTargetEvidence[]>;
  /** Latest TechInsights facts by retriever id. */
  techInsights?: Record<string, TechInsightsFactsEvidence>;
  /** Earlier fact values by retriever id and fact name (for `trend`). */
  factHistory?: Record<string, Record<string, FactHistoryPoint[]>>;
  /** Latest facts pushed from CI (POST /facts), by source name. */
  pushed?: Record<string, TechInsightsFactsEvidence>;
  /** Earlier pushed values by source and fact name, oldest first (for `trend`). */
  pushedHistory?: Record<string, Record<string, FactHistoryPoint[]>>;
  /** Attestations by check id. */
  attestations?: Record<string, AttestationEvidence>;
  /**
   * Team attestations of `scope: team` checks inherited from the entity's
   * owner group and its ancestors, by check id, nearest group first; each
   * has `inheritedFrom`. The entity's own attestation wins over them.
   */
  teamAttestations?: Record<string, AttestationEvidence[]>;
  /** Waivers by check id. */
  waivers?: Record<string, WaiverEvidence>;
  /** Sources that could not be read; their conditions evaluate to `unknown`. */
  unavailableSources?: UnavailableSource[];
}
