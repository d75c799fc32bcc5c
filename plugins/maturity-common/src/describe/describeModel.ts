import type { EntityPredicate, MaturityModel } from '../model/types';
import { compileEntityPredicate, EntityMatcher } from '../engine/predicates';
import { ENTITY_PROFILES, EntityProfile } from './entityProfiles';
import { EvidenceKind, evidenceKindOf } from './evidenceKind';

/** The model levels a description covers. */
const LEVELS = [1, 2, 3, 4, 5];

/**
 * A check as placed in the domain × level matrix of {@link ModelDescription}.
 *
 * @public
 */
export interface DescribedCheck {
  id: string;
  title: string;
  level: number;
  capability: { id: string; title: string };
  /** Where its evidence comes from. */
  evidence: EvidenceKind;
  /** The ids of the profiles it applies to (its `appliesTo`), in profile order. */
  profiles: string[];
}

/**
 * The checks of one domain at one level.
 *
 * @public
 */
export interface DescribedLevel {
  level: number;
  /** In model order (capability, then check). */
  checks: DescribedCheck[];
}

/**
 * A domain and its checks by level.
 *
 * @public
 */
export interface DescribedDomain {
  id: string;
  title: string;
  /** The part of the standard the domain follows. */
  part?: string;
  checkCount: number;
  /** Levels 1 to 5, each present even without checks. */
  levels: DescribedLevel[];
}

/**
 * What one domain asks of one entity profile.
 *
 * @public
 */
export interface DomainCoverage {
  domainId: string;
  /** Whether any check of the domain applies to the profile. */
  applies: boolean;
  /** The levels (ascending) with at least one check applying to the profile. */
  levels: number[];
}

/**
 * What a model asks of one entity profile, per domain.
 *
 * @public
 */
export interface ProfileCoverage {
  profileId: string;
  /** In model order. */
  domains: DomainCoverage[];
}

/**
 * A model as a domain × level matrix of checks, with the entity profiles
 * each check applies to and the levels each profile can reach evidence for.
 *
 * @public
 */
export interface ModelDescription {
  model: { id: string; title: string; version: string };
  /** The level titles, 1 to 5. */
  levels: Array<{ level: number; title: string }>;
  profiles: EntityProfile[];
  domains: DescribedDomain[];
  /** One entry per profile, in profile order. */
  coverage: ProfileCoverage[];
}

/**
 * Describes a (valid) model as a domain × level matrix: for each domain and
 * level its checks, with their evidence kind and the entity profiles their
 * `appliesTo` selects (matched as the engine matches them), and for each
 * profile and domain the levels that have an applicable check.
 *
 * @param profiles - the sample entities to match; {@link ENTITY_PROFILES} by default.
 * @public
 */
export function describeModel(
  model: MaturityModel,
  profiles: ReadonlyArray<EntityProfile> = ENTITY_PROFILES,
): ModelDescription {
  // Checks share few distinct predicates: compile each one once.
  const matchers = new Map<string, EntityMatcher>();
  const profilesMatching = (predicate: EntityPredicate | undefined) => {
    if (!predicate) return profiles.map(p => p.id);
    const key = JSON.stringify(predicate);
    let matcher = matchers.get(key);
    if (!matcher) {
      matcher = compileEntityPredicate(predicate);
      matchers.set(key, matcher);
    }
    return profiles.filter(p => matcher!(p.entity)).map(p => p.id);
  };

  const domains: DescribedDomain[] = model.domains.map(domain => {
    const levels: DescribedLevel[] = LEVELS.map(level => ({
      level,
      checks: [],
    }));
    let checkCount = 0;
    for (const capability of domain.capabilities) {
      for (const check of capability.checks) {
        checkCount++;
        levels
          .find(l => l.level === check.level)
          ?.checks.push({
            id: check.id,
            title: check.title,
            level: check.level,
            capability: { id: capability.id, title: capability.title },
            evidence: evidenceKindOf(check),
            profiles: profilesMatching(check.appliesTo),
          });
      }
    }
    return {
      id: domain.id,
      title: domain.title,
      ...(domain.part !== undefined ? { part: domain.part } : {}),
      checkCount,
      levels,
    };
  });

  const coverage: ProfileCoverage[] = profiles.map(profile => ({
    profileId: profile.id,
    domains: domains.map(domain => {
      const levels = domain.levels
        .filter(l => l.checks.some(c => c.profiles.includes(profile.id)))
        .map(l => l.level);
      return { domainId: domain.id, applies: levels.length > 0, levels };
    }),
  }));

  return {
    model: { id: model.id, title: model.title, version: model.version },
    levels: LEVELS.map(level => ({
      level,
      title:
        model.levels.find(l => l.level === level)?.title ?? `Level ${level}`,
    })),
    profiles: profiles.map(p => ({ ...p })),
    domains,
    coverage,
  };
}
