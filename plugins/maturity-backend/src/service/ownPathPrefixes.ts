import { spec } from '../schema/openapi.generated';

/**
 * The first path segments of every route in the plugin's OpenAPI spec, such
 * as `/entities` and `/runs`: the paths the maturity router authenticates
 * itself (see `authenticateRequests`). Paths that the framework mounts on the
 * plugin's router (`/.backstage/...`, `/.well-known/...`) are not among them.
 */
export function ownPathPrefixes(
  paths: Iterable<string> = Object.keys(spec.paths),
): string[] {
  const prefixes = new Set<string>();
  for (const path of paths) {
    const first = path.split('/')[1];
    if (first && !first.startsWith('{') && !first.startsWith('.')) {
      prefixes.add(`/${first}`);
    }
  }
  return [...prefixes].sort();
}
