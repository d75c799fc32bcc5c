import type {
  CampaignEntityFilter,
  CampaignEntityProgress,
  CampaignProgress,
  CampaignRemainingCheck,
  CampaignTarget,
} from '@devops-maturity/plugin-maturity-common';
import { EncodedJson } from '../service/sendEncodedJson';
import {
  CampaignEntityStanding,
  CampaignProgressEntity,
  entityProgress,
  entityStanding,
} from './entityProgress';

/** A campaign's progress without its entity page. */
export type CampaignProgressHead = Omit<
  CampaignProgress,
  'entities' | 'entityTotal' | 'entityOffset' | 'entityLimit'
>;

/** Which entities to list; every field already validated. */
export interface CampaignEntitySelection {
  filter: CampaignEntityFilter;
  /** A group ref: its entities and those of its nested groups. */
  team?: string;
  /** Case-insensitive search in ref and title. */
  q?: string;
}

/** One page of a selection. */
export interface CampaignEntityPageQuery extends CampaignEntitySelection {
  offset: number;
  limit: number;
}

/**
 * An entity in scope as the snapshot holds it: what sorting, filtering and
 * counting need, no check. A scope entity is one.
 */
export interface CampaignSnapshotEntity extends CampaignProgressEntity {
  /** How many checks still fail toward the targets not met (the need order). */
  remainingCheckCount: number;
  /** The teams the entity counts for (shared between entities). */
  teams: readonly string[];
}

/**
 * Reads the remaining checks (with titles) of the entities returned, by
 * ref; an entity absent from the answer has none.
 */
export type RemainingChecksReader = (
  entities: readonly CampaignSnapshotEntity[],
) => Promise<ReadonlyMap<string, readonly CampaignRemainingCheck[]>>;

/** Encoded pages kept per snapshot (the most recently built ones). */
const PAGE_CACHE_SIZE = 32;

/** Entities whose remaining checks are read at once (CSV rows). */
const CHECKS_CHUNK = 500;

const byNeed = (x: CampaignSnapshotEntity, y: CampaignSnapshotEntity) => {
  if (x.meets !== y.meets) return x.meets ? 1 : -1;
  const left = y.remainingCheckCount - x.remainingCheckCount;
  if (left !== 0) return left;
  if (x.entityRef === y.entityRef) return 0;
  return x.entityRef < y.entityRef ? -1 : 1;
};

/**
 * A campaign's progress computed once per scope read: the headline figures,
 * teams and burn-up, and every entity in scope sorted by need (not meeting
 * first, then most remaining checks, then ref). Requests select and slice
 * the sorted entities; the remaining checks are read only for the entities
 * returned (a page, CSV rows, one entity), and each page is serialized and
 * gzipped once (the last 32 pages are kept). Nothing else grows with
 * requests.
 */
export class CampaignProgressSnapshot {
  /** Every entity in scope, sorted by need. */
  readonly entities: readonly CampaignSnapshotEntity[];
  private readonly targets: readonly CampaignTarget[];
  private readonly remainingChecks: RemainingChecksReader;
  /** Lower-cased ref and title per position; built at the first search. */
  private search?: readonly string[];
  /** Built at the first lookup by ref. */
  private byRef?: ReadonlyMap<string, CampaignSnapshotEntity>;
  private headJson?: string;
  private readonly pages = new Map<string, Promise<EncodedJson>>();

  constructor(
    readonly head: CampaignProgressHead,
    entities: readonly CampaignSnapshotEntity[],
    options: {
      /** The campaign's targets, in the order the entities list them. */
      targets: readonly CampaignTarget[];
      remainingChecks: RemainingChecksReader;
    },
  ) {
    this.entities = [...entities].sort(byNeed);
    this.targets = options.targets;
    this.remainingChecks = options.remainingChecks;
  }

  /** One entity in scope with what it still needs, or undefined. */
  async entity(entityRef: string): Promise<CampaignEntityProgress | undefined> {
    this.byRef ??= new Map(this.entities.map(e => [e.entityRef, e]));
    const entity = this.byRef.get(entityRef);
    if (!entity) return undefined;
    return (await this.withChecks([entity]))[0];
  }

  /** The positions (in need order) of the entities a selection matches. */
  select(selection: CampaignEntitySelection): number[] {
    const { filter, team } = selection;
    const q = selection.q?.toLowerCase();
    const search = q ? this.searchTexts() : undefined;
    const matches: number[] = [];
    for (let i = 0; i < this.entities.length; i++) {
      const { meets, teams } = this.entities[i];
      if (filter === 'behind' && meets) continue;
      if (filter === 'meeting' && !meets) continue;
      if (team && !teams.includes(team)) continue;
      if (q && !search![i].includes(q)) continue;
      matches.push(i);
    }
    return matches;
  }

  /** The matching entities of a selection, in need order (no checks). */
  *matching(
    selection: CampaignEntitySelection,
  ): Generator<CampaignSnapshotEntity> {
    for (const i of this.select(selection)) yield this.entities[i];
  }

  /** The matching entities against the targets, in need order (no checks). */
  *standings(
    selection: CampaignEntitySelection,
  ): Generator<CampaignEntityStanding> {
    for (const entity of this.matching(selection)) {
      yield entityStanding(this.targets, entity);
    }
  }

  /**
   * The matching entities with what they still need, in need order; the
   * checks are read for a few hundred entities at a time, as consumed.
   */
  async *progressOf(
    selection: CampaignEntitySelection,
  ): AsyncGenerator<CampaignEntityProgress> {
    const matches = this.select(selection);
    for (let start = 0; start < matches.length; start += CHECKS_CHUNK) {
      const piece = matches
        .slice(start, start + CHECKS_CHUNK)
        .map(i => this.entities[i]);
      yield* await this.withChecks(piece);
    }
  }

  /** The progress with one page of entities, as an object. */
  async page(query: CampaignEntityPageQuery): Promise<CampaignProgress> {
    const matches = this.select(query);
    return {
      ...this.head,
      entities: await this.withChecks(
        matches
          .slice(query.offset, query.offset + query.limit)
          .map(i => this.entities[i]),
      ),
      entityTotal: matches.length,
      entityOffset: query.offset,
      entityLimit: query.limit,
    };
  }

  /**
   * The progress with one page of entities, serialized: the head is
   * serialized once, recent pages are kept whole (and gzipped once when
   * sent).
   */
  pageJson(query: CampaignEntityPageQuery): Promise<EncodedJson> {
    const key = JSON.stringify([
      query.filter,
      query.team ?? '',
      query.q ?? '',
      query.offset,
      query.limit,
    ]);
    const known = this.pages.get(key);
    if (known) return known;
    const encoded = this.encodePage(query);
    this.pages.set(key, encoded);
    encoded.catch(() => {
      if (this.pages.get(key) === encoded) this.pages.delete(key);
    });
    if (this.pages.size > PAGE_CACHE_SIZE) {
      this.pages.delete(this.pages.keys().next().value!);
    }
    return encoded;
  }

  private async encodePage(
    query: CampaignEntityPageQuery,
  ): Promise<EncodedJson> {
    const matches = this.select(query);
    const items = await this.withChecks(
      matches
        .slice(query.offset, query.offset + query.limit)
        .map(i => this.entities[i]),
    );
    this.headJson ??= JSON.stringify(this.head).slice(0, -1);
    return EncodedJson.of(
      `${this.headJson},"entities":${JSON.stringify(items)},"entityTotal":${
        matches.length
      },"entityOffset":${query.offset},"entityLimit":${query.limit}}`,
    );
  }

  /** Entities with their remaining checks, read for them only. */
  private async withChecks(
    entities: readonly CampaignSnapshotEntity[],
  ): Promise<CampaignEntityProgress[]> {
    const checks = entities.length
      ? await this.remainingChecks(entities)
      : new Map<string, readonly CampaignRemainingCheck[]>();
    return entities.map(e =>
      entityProgress(this.targets, e, checks.get(e.entityRef) ?? []),
    );
  }

  private searchTexts(): readonly string[] {
    this.search ??= this.entities.map(e =>
      `${e.entityRef}\n${e.title ?? ''}`.toLowerCase(),
    );
    return this.search;
  }
}
