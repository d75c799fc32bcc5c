/**
 * A path into an entity as keys and list indices, e.g.
 * `['metadata', 'annotations', 'backstage.io/techdocs-ref']`.
 *
 * @public
 */
export type EntityFieldPath = ReadonlyArray<string | number>;

/**
 * Why an entity would be rejected by the catalog, and where.
 *
 * @public
 */
export interface EntityProblem {
  /** The field at fault; empty for the entity as a whole. */
  path: EntityFieldPath;
  /** What is wrong, e.g. `"Foo Bar" is not a valid name: …`. */
  message: string;
  /** The fault is the key itself (an unknown field, an invalid annotation key). */
  atKey?: boolean;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Formats a path as `spec.dependsOn[0]` or
 * `metadata.annotations['backstage.io/x']`.
 *
 * @public
 */
export function formatEntityPath(path: EntityFieldPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out ? `.${segment}` : segment;
    else out += `['${segment}']`;
  }
  return out;
}

/**
 * Formats a problem as `metadata.name: "Foo Bar" is not a valid name …`.
 *
 * @public
 */
export function formatEntityProblem(problem: EntityProblem): string {
  return problem.path.length
    ? `${formatEntityPath(problem.path)}: ${problem.message}`
    : problem.message;
}
