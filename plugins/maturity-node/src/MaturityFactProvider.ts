import type { Entity } from '@backstage/catalog-model';
import type {
  EntityEvidence,
  UnavailableSource,
} from '@devops-maturity/plugin-maturity-common';

/**
 * The TechInsights and pushed facts a model reads: retriever id (or pushing
 * source) → fact names, plus how far back `trend` conditions look (history
 * is only fetched when needed).
 *
 * @public
 */
export interface FactRequirements {
  /** `techInsights.<retrieverId>.<fact>` facts the model reads, by retriever id. */
  techInsights: Record<string, string[]>;
  /**
   * Facts compared over time by `trend` conditions: retriever id → fact →
   * the longest look-back in days.
   */
  history: Record<string, Record<string, number>>;
  /** `pushed.<source>.<fact>` facts the model reads, by source name. */
  pushed: Record<string, string[]>;
  /** Pushed facts compared over time by `trend`: source → fact → longest look-back in days. */
  pushedHistory: Record<string, Record<string, number>>;
}

/**
 * What a fact provider contributes for one entity. Merged into the entity's
 * {@link @devops-maturity/plugin-maturity-common#EntityEvidence}.
 *
 * @public
 */
export type ProvidedEvidence = Partial<Omit<EntityEvidence, 'entity'>>;

/**
 * A source of evidence for maturity checks, asked once per batch of entities
 * (a page of the catalog) during an evaluation run.
 *
 * @public
 */
export interface MaturityFactProvider {
  /** A stable id, used in logs and run records (e.g. `tech-insights`). */
  readonly id: string;
  /**
   * The evidence source this provider serves; when the provider fails, that
   * source is marked unavailable for the batch. Default `techInsights`.
   */
  readonly evidenceSource?: UnavailableSource['source'];
  /**
   * Gathers evidence for a batch of entities. Returns evidence keyed by
   * stringified entity ref; entities without evidence may be left out.
   *
   * A provider that cannot reach its source must not throw for the whole
   * batch when it can say so per entity: it returns `unavailableSources` for
   * the affected entities, so their checks become `unknown`, never `failed`.
   * A thrown error is recorded on the run and treated the same way.
   */
  getEvidence(request: {
    entities: Entity[];
    requirements: FactRequirements;
    signal?: AbortSignal;
  }): Promise<Map<string, ProvidedEvidence>>;
}
