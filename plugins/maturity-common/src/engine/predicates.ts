import type { Entity } from '@backstage/catalog-model';
import type { EntityPredicate, EntityPredicateValue } from '../model/types';
import { parseEntityPath } from '../model/entityPath';
import { compileEntityPath } from './entityPaths';
import { comparable } from './format';
import { ABSENT } from './outcome';

/**
 * A compiled entity predicate.
 *
 * @public
 */
export type EntityMatcher = (entity: Entity) => boolean;

function compileValueMatcher(
  expected: EntityPredicateValue,
): (actual: unknown) => boolean {
  if (typeof expected !== 'object') {
    const wanted = comparable(expected);
    return actual => {
      if (Array.isArray(actual))
        return actual.some(a => comparable(a) === wanted);
      return typeof actual !== 'object' && comparable(actual) === wanted;
    };
  }
  if ('$exists' in expected) {
    const wanted = expected.$exists;
    return actual => (actual !== ABSENT) === wanted;
  }
  if ('$in' in expected) {
    const wanted = new Set(expected.$in.map(comparable));
    return actual => {
      if (Array.isArray(actual))
        return actual.some(a => wanted.has(comparable(a)));
      return typeof actual !== 'object' && wanted.has(comparable(actual));
    };
  }
  const wanted = comparable(expected.$contains);
  return actual => {
    if (Array.isArray(actual))
      return actual.some(a => comparable(a) === wanted);
    return typeof actual === 'string' && actual.toLowerCase().includes(wanted);
  };
}

/**
 * Compiles an entity predicate (validated by the model schema) into a matcher.
 * Absent values only match `{ $exists: false }`.
 *
 * @public
 */
export function compileEntityPredicate(
  predicate: EntityPredicate,
): EntityMatcher {
  if ('$all' in predicate) {
    const parts = (predicate.$all as EntityPredicate[]).map(
      compileEntityPredicate,
    );
    return entity => parts.every(part => part(entity));
  }
  if ('$any' in predicate) {
    const parts = (predicate.$any as EntityPredicate[]).map(
      compileEntityPredicate,
    );
    return entity => parts.some(part => part(entity));
  }
  if ('$not' in predicate) {
    const inner = compileEntityPredicate(predicate.$not as EntityPredicate);
    return entity => !inner(entity);
  }
  const tests = Object.entries(
    predicate as Record<string, EntityPredicateValue>,
  ).map(([path, expected]) => {
    const parsed = parseEntityPath(path);
    if ('error' in parsed)
      throw new Error(`invalid entity path '${path}': ${parsed.error}`);
    const resolve = compileEntityPath(parsed.tokens);
    const match = compileValueMatcher(expected);
    return (entity: Entity) => match(resolve(entity));
  });
  if (tests.length === 1) return tests[0];
  return entity => {
    for (let i = 0; i < tests.length; i++) if (!tests[i](entity)) return false;
    return true;
  };
}

/**
 * Describes a predicate compactly for messages ("kind = component and
 * spec.type in [service, website]").
 *
 * @public
 */
export function describePredicate(predicate: EntityPredicate): string {
  if ('$all' in predicate) {
    return (predicate.$all as EntityPredicate[])
      .map(describePredicate)
      .join(' and ');
  }
  if ('$any' in predicate) {
    return `(${(predicate.$any as EntityPredicate[])
      .map(describePredicate)
      .join(' or ')})`;
  }
  if ('$not' in predicate)
    return `not ${describePredicate(predicate.$not as EntityPredicate)}`;
  return Object.entries(predicate as Record<string, EntityPredicateValue>)
    .map(([path, expected]) => {
      if (typeof expected !== 'object') return `${path} = ${expected}`;
      if ('$exists' in expected)
        return expected.$exists ? `${path} set` : `${path} not set`;
      if ('$in' in expected) return `${path} in [${expected.$in.join(', ')}]`;
      return `${path} contains ${expected.$contains}`;
    })
    .join(' and ');
}
