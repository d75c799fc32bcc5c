import { parseEntityRef } from '@backstage/catalog-model';
import type { ReportScopeKind } from '../api/reportTypes';

/** Whether a URL may be rendered as a link: absolute http(s) only. */
export function isHttpUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** A report scope: a system or a group of the catalog. */
export interface ReportScope {
  kind: ReportScopeKind;
  namespace: string;
  name: string;
}

/**
 * The report scope of an entity ref (`system:ns/name`, `group:ns/name`, the
 * namespace `default` when absent); undefined for other kinds or bad refs.
 */
export function reportScopeOf(ref: string): ReportScope | undefined {
  try {
    const { kind, namespace, name } = parseEntityRef(ref.trim(), {
      defaultNamespace: 'default',
    });
    const lower = kind.toLocaleLowerCase('en-US');
    if (lower !== 'system' && lower !== 'group') return undefined;
    return { kind: lower, namespace, name };
  } catch {
    return undefined;
  }
}

/** The entity ref of a report scope, e.g. `system:default/online-payment`. */
export function scopeRef(scope: ReportScope): string {
  return `${scope.kind}:${scope.namespace}/${scope.name}`;
}

/** The path of a scope's report under the `/maturity` page. */
export function reportPath(root: string, scope: ReportScope): string {
  return `${root.replace(/\/$/, '')}/reports/${[
    scope.kind,
    scope.namespace,
    scope.name,
  ]
    .map(encodeURIComponent)
    .join('/')}`;
}

/** A short form of a SHA-256 hex digest (its first 12 digits). */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}
