import type { Entity } from '@backstage/catalog-model';

const TOKEN = /\['([^']+)'\]|\["([^"]+)"\]|([^.[\]]+)/g;

/** Entity fields that are lists in the catalog schema: paths through them give sets. */
const LIST_FIELDS = [
  ['metadata', 'tags'],
  ['metadata', 'links'],
  ['relations'],
];

/** Splits `metadata.annotations['backstage.io/source-location']` into its keys. */
export function entityPathKeys(path: string): string[] {
  return [...path.matchAll(TOKEN)].map(m => m[1] ?? m[2] ?? m[3]);
}

/** Whether the value at the path is a list (a TechInsights `set` fact). */
export function isListPath(path: string): boolean {
  const keys = entityPathKeys(path);
  return LIST_FIELDS.some(field => field.every((key, i) => keys[i] === key));
}

function walk(node: unknown, keys: string[], i: number): unknown {
  if (i === keys.length || node === null || node === undefined) return node;
  if (Array.isArray(node)) {
    return node.flatMap(element => {
      const found = walk(element, keys, i);
      return found === undefined || found === null ? [] : found;
    });
  }
  if (typeof node !== 'object') return undefined;
  return walk((node as Record<string, unknown>)[keys[i]], keys, i + 1);
}

/**
 * The value of an entity path as a fact value: lists are collected over list
 * elements (`metadata.links.type` is every link's type); a missing, blank or
 * empty value is `null`, the catalog's "not set".
 */
export function readEntityPath(entity: Entity, path: string): unknown {
  const value = walk(entity, entityPathKeys(path), 0);
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  if (Array.isArray(value) && value.length === 0) return null;
  return value;
}
