import path from 'path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { staysInside } from './repositoryRoot';

/** What a `kind: Location` target names, resolved offline. */
export type LocationTargetFiles =
  /** A URL: not fetched offline. */
  | { kind: 'url' }
  /** Files to read (one for a plain path, the sorted matches of a glob). */
  | { kind: 'files'; files: string[]; glob: boolean }
  /** A path or match outside the repository root: refused, nothing read. */
  | { kind: 'outside'; resolved: string }
  /** Not a target at all (empty, not a string). */
  | { kind: 'invalid' };

/** A URL (`https://…`, `file:…`): anything with a scheme. */
export function isUrl(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target);
}

/**
 * Resolves a Location target relative to the file that declares it: a URL
 * is left alone; a glob (`./services/*\/catalog-info.yaml`, `**`) is expanded
 * to its files, sorted; every path must stay in `root` (symbolic links
 * followed), else the whole target is refused.
 */
export function resolveLocationTarget(
  target: unknown,
  file: string,
  root: string,
): LocationTargetFiles {
  if (typeof target !== 'string' || target.trim() === '')
    return { kind: 'invalid' };
  if (isUrl(target)) return { kind: 'url' };
  const base = path.resolve(path.dirname(file));
  const absolute = path.resolve(base, target);
  if (!isDynamicPattern(target)) {
    return staysInside(root, absolute)
      ? { kind: 'files', files: [absolute], glob: false }
      : { kind: 'outside', resolved: absolute };
  }
  // The part before the first wildcard must itself stay inside.
  if (!staysInside(root, path.resolve(base, staticPrefix(target)))) {
    return { kind: 'outside', resolved: absolute };
  }
  const matches = globSync(target.split(path.sep).join('/'), {
    cwd: base,
    absolute: true,
    onlyFiles: true,
    expandDirectories: false,
  })
    .map(match => path.resolve(match))
    .sort();
  const escaping = matches.find(match => !staysInside(root, match));
  if (escaping) return { kind: 'outside', resolved: escaping };
  return { kind: 'files', files: [...new Set(matches)], glob: true };
}

/** The folders of a glob before its first segment with a wildcard. */
function staticPrefix(pattern: string): string {
  const segments = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  for (const segment of segments) {
    if (isDynamicPattern(segment)) break;
    fixed.push(segment);
  }
  return fixed.join('/') || '.';
}
