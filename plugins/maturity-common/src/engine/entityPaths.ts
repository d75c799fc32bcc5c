import type { EntityPathToken } from '../model/entityPath';
import { ABSENT } from './outcome';

interface Candidate {
  key: string;
  next: number;
}

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * Compiles an entity path into a function returning the value at the path, or
 * {@link ABSENT}.
 *
 * - Runs of dot-separated steps are matched greedily against the actual keys,
 *   longest key first, so `metadata.annotations.pagerduty.com/service-id`
 *   finds the annotation `pagerduty.com/service-id`. The top-level keys and
 *   those of `metadata` are fixed by the catalog schema and match one step.
 * - A step into an array that is not an index collects the value from every
 *   element: `metadata.links.type` is the list of link types.
 * - `null`, `undefined`, blank strings and empty arrays count as absent.
 */
export function compileEntityPath(
  tokens: ReadonlyArray<EntityPathToken>,
): (root: unknown) => unknown {
  // The entity's top-level keys and those of `metadata` are fixed by the
  // catalog schema and never contain dots, so those steps match one token.
  const fixed = tokens[0]?.name === 'metadata' ? 2 : 1;
  const single = (i: number) => tokens[i].exact || i < fixed;
  const candidates: Candidate[][] = tokens.map((token, i) => {
    if (single(i)) return [{ key: token.name, next: i + 1 }];
    let end = i;
    while (end + 1 < tokens.length && !single(end + 1)) end += 1;
    const out: Candidate[] = [];
    for (let k = end; k >= i; k--) {
      out.push({
        key: tokens
          .slice(i, k + 1)
          .map(t => t.name)
          .join('.'),
        next: k + 1,
      });
    }
    return out;
  });
  const length = tokens.length;
  const simple = candidates.every(options => options.length === 1);
  const keys = candidates.map(options => options[0].key);

  const finish = (node: unknown): unknown => {
    if (node === null || node === undefined) return ABSENT;
    if (typeof node === 'string' && node.trim() === '') return ABSENT;
    if (Array.isArray(node) && node.length === 0) return ABSENT;
    return node;
  };

  const walk = (node: unknown, i: number): unknown => {
    if (i === length) return finish(node);
    if (node === null || typeof node !== 'object') return ABSENT;
    const options = candidates[i];
    for (let c = 0; c < options.length; c++) {
      const { key, next } = options[c];
      if (hasOwn.call(node, key)) {
        const found = walk((node as Record<string, unknown>)[key], next);
        if (found !== ABSENT) return found;
      }
    }
    if (Array.isArray(node)) {
      const collected: unknown[] = [];
      for (const element of node) {
        const found = walk(element, i);
        if (found === ABSENT) continue;
        if (Array.isArray(found)) collected.push(...found);
        else collected.push(found);
      }
      return collected.length > 0 ? collected : ABSENT;
    }
    return ABSENT;
  };
  if (!simple) return root => walk(root, 0);
  // Fast path: one key per step; arrays fall back to the general walk.
  return root => {
    let node = root;
    for (let i = 0; i < length; i++) {
      if (node === null || typeof node !== 'object' || Array.isArray(node)) {
        return walk(node, i);
      }
      const key = keys[i];
      const next = (node as Record<string, unknown>)[key];
      // Missing and undefined both end as absent; a defined value may be inherited.
      if (next === undefined || !hasOwn.call(node, key)) return ABSENT;
      node = next;
    }
    return finish(node);
  };
}
