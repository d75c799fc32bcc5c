import type { EntityReport } from './types';

/** The levels of one entity: what a comparison with the base needs of it. */
export interface EntityLevels {
  entityRef: string;
  /** The overall level (or that of `--domain`); null when nothing applies. */
  level: number | null;
  /** The domains in scope; `level` null where the domain does not apply. */
  domains: Array<{ domainId: string; title: string; level: number | null }>;
}

/** A level before and after: null is "not applicable". */
export interface LevelStep {
  from: number | null;
  to: number | null;
}

/** A domain whose level changed. */
export interface DomainLevelChange extends LevelStep {
  domainId: string;
  title: string;
}

/** How an entity differs from the base. */
export interface EntityChange {
  entityRef: string;
  /** `changed`: in both, some level differs; `new`: not in the base; `removed`: only in the base. */
  status: 'changed' | 'new' | 'removed';
  /** The overall level (or that of `--domain`); `from` null when new, `to` null when removed. */
  level: LevelStep;
  /** The domains whose level changed (empty for new and removed entities). */
  domains: DomainLevelChange[];
}

/** Where the base came from. */
export interface BaseDescription {
  /** The `--base` path as given. */
  path: string;
  /** `catalog`: catalog files evaluated now; `report`: a `--format json` report. */
  form: 'catalog' | 'report';
  /** When the report was made (report form only). */
  evaluatedAt?: string;
}

/** The level changes of a report against its base. */
export interface ReportChanges {
  base: BaseDescription;
  /** Entities in both. */
  compared: number;
  /** Entities in both whose levels are all the same. */
  unchanged: number;
  /** Lowered levels first, then raised, new and removed; input order within each. */
  entities: EntityChange[];
}

/** The levels of an entity report. */
export function levelsOf(entity: EntityReport): EntityLevels {
  return {
    entityRef: entity.entityRef,
    level: entity.level,
    domains: entity.domains.map(domain => ({
      domainId: domain.domainId,
      title: domain.title,
      level: domain.applicable ? domain.level : null,
    })),
  };
}

/** Whether a step lowers a level (a level that stops applying does not). */
export function isLowered(step: LevelStep): boolean {
  return step.from !== null && step.to !== null && step.to < step.from;
}

function rank(change: EntityChange): number {
  if (change.status === 'new') return 2;
  if (change.status === 'removed') return 3;
  const lowered =
    isLowered(change.level) || change.domains.some(d => isLowered(d));
  return lowered ? 0 : 1;
}

/**
 * Compares the levels of the entities now with those of the base: per entity
 * the overall level and every domain that changed, the entities new since the
 * base and those removed.
 */
export function compareWithBase(
  base: BaseDescription,
  baseLevels: ReadonlyArray<EntityLevels>,
  headLevels: ReadonlyArray<EntityLevels>,
): ReportChanges {
  const before = new Map(baseLevels.map(e => [e.entityRef, e]));
  const headRefs = new Set(headLevels.map(e => e.entityRef));
  const entities: EntityChange[] = [];
  let compared = 0;
  for (const head of headLevels) {
    const old = before.get(head.entityRef);
    if (!old) {
      entities.push({
        entityRef: head.entityRef,
        status: 'new',
        level: { from: null, to: head.level },
        domains: [],
      });
      continue;
    }
    compared += 1;
    const oldDomains = new Map(old.domains.map(d => [d.domainId, d.level]));
    const domains: DomainLevelChange[] = [];
    for (const domain of head.domains) {
      const from = oldDomains.get(domain.domainId) ?? null;
      if (from !== domain.level) {
        domains.push({
          domainId: domain.domainId,
          title: domain.title,
          from,
          to: domain.level,
        });
      }
    }
    if (old.level !== head.level || domains.length > 0) {
      entities.push({
        entityRef: head.entityRef,
        status: 'changed',
        level: { from: old.level, to: head.level },
        domains,
      });
    }
  }
  for (const old of baseLevels) {
    if (headRefs.has(old.entityRef)) continue;
    entities.push({
      entityRef: old.entityRef,
      status: 'removed',
      level: { from: old.level, to: null },
      domains: [],
    });
  }
  const order = new Map(entities.map((change, index) => [change, index]));
  entities.sort((a, b) => rank(a) - rank(b) || order.get(a)! - order.get(b)!);
  return {
    base,
    compared,
    unchanged: compared - entities.filter(e => e.status === 'changed').length,
    entities,
  };
}
