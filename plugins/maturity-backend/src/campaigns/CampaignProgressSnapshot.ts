import type {
  CampaignEntityFilter,
  CampaignEntityProgress,
  CampaignProgress,
} from '@devops-maturity/plugin-maturity-common';
import { EncodedJson } from '../service/sendEncodedJson';

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

/** An entity with the teams it counts for, as the snapshot is built from. */
export interface CampaignSnapshotEntity {
  progress: CampaignEntityProgress;
  teams: readonly string[];
}

/** Encoded pages kept per snapshot (the most recently built ones). */
const PAGE_CACHE_SIZE = 32;

const byNeed = (a: CampaignSnapshotEntity, b: CampaignSnapshotEntity) => {
  const x = a.progress;
  const y = b.progress;
  if (x.meets !== y.meets) return x.meets ? 1 : -1;
  const left = y.remainingChecks.length - x.remainingChecks.length;
  if (left !== 0) return left;
  if (x.entityRef === y.entityRef) return 0;
  return x.entityRef < y.entityRef ? -1 : 1;
};

/**
 * A campaign's progress computed once per scope read: the headline figures,
 * teams and burn-up, and every entity in scope sorted by need (not meeting
 * first, then most remaining checks, then ref). Requests select and slice
 * the sorted entities; each page is serialized and gzipped once.
 * Immutable once built.
 */
export class CampaignProgressSnapshot {
  /** Every entity in scope, sorted by need. */
  readonly entities: readonly CampaignEntityProgress[];
  private readonly teamsOf: readonly (readonly string[])[];
  private readonly search: readonly string[];
  private readonly byRef: ReadonlyMap<string, CampaignEntityProgress>;
  private readonly entityJson: (string | undefined)[];
  private headJson?: string;
  private readonly pages = new Map<string, EncodedJson>();

  constructor(
    readonly head: CampaignProgressHead,
    entities: CampaignSnapshotEntity[],
  ) {
    const sorted = [...entities].sort(byNeed);
    this.entities = sorted.map(e => e.progress);
    this.teamsOf = sorted.map(e => e.teams);
    this.search = this.entities.map(e =>
      `${e.entityRef}\n${e.title ?? ''}`.toLowerCase(),
    );
    this.byRef = new Map(this.entities.map(e => [e.entityRef, e]));
    this.entityJson = new Array(sorted.length);
  }

  /** One entity in scope, or undefined. */
  entity(entityRef: string): CampaignEntityProgress | undefined {
    return this.byRef.get(entityRef);
  }

  /** The positions (in need order) of the entities a selection matches. */
  select(selection: CampaignEntitySelection): number[] {
    const { filter, team } = selection;
    const q = selection.q?.toLowerCase();
    const matches: number[] = [];
    for (let i = 0; i < this.entities.length; i++) {
      const meets = this.entities[i].meets;
      if (filter === 'behind' && meets) continue;
      if (filter === 'meeting' && !meets) continue;
      if (team && !this.teamsOf[i].includes(team)) continue;
      if (q && !this.search[i].includes(q)) continue;
      matches.push(i);
    }
    return matches;
  }

  /** The matching entities of a selection, in need order. */
  *matching(
    selection: CampaignEntitySelection,
  ): Generator<CampaignEntityProgress> {
    for (const i of this.select(selection)) yield this.entities[i];
  }

  /** The progress with one page of entities, as an object. */
  page(query: CampaignEntityPageQuery): CampaignProgress {
    const matches = this.select(query);
    return {
      ...this.head,
      entities: matches
        .slice(query.offset, query.offset + query.limit)
        .map(i => this.entities[i]),
      entityTotal: matches.length,
      entityOffset: query.offset,
      entityLimit: query.limit,
    };
  }

  /**
   * The progress with one page of entities, serialized: the head and each
   * entity are serialized once, recent pages are kept whole (and gzipped
   * once when sent).
   */
  pageJson(query: CampaignEntityPageQuery): EncodedJson {
    const key = JSON.stringify([
      query.filter,
      query.team ?? '',
      query.q ?? '',
      query.offset,
      query.limit,
    ]);
    const known = this.pages.get(key);
    if (known) return known;
    const matches = this.select(query);
    const items = matches
      .slice(query.offset, query.offset + query.limit)
      .map(i => (this.entityJson[i] ??= JSON.stringify(this.entities[i])));
    this.headJson ??= JSON.stringify(this.head).slice(0, -1);
    const encoded = EncodedJson.of(
      `${this.headJson},"entities":[${items.join(',')}],"entityTotal":${
        matches.length
      },"entityOffset":${query.offset},"entityLimit":${query.limit}}`,
    );
    this.pages.set(key, encoded);
    if (this.pages.size > PAGE_CACHE_SIZE) {
      this.pages.delete(this.pages.keys().next().value!);
    }
    return encoded;
  }
}
