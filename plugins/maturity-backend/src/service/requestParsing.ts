import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import type { CompiledModel } from '@devops-maturity/plugin-maturity-common';
import type { ModelRegistry } from '../model/ModelRegistry';

/** A full entity ref from a query value; 400 naming the parameter otherwise. */
export function parseEntityRefParam(
  value: unknown,
  param = 'entityRef',
): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new InputError(`Missing ${param}`);
  }
  try {
    const ref = parseEntityRef(value);
    if (!value.includes(':')) {
      throw new Error('kind missing');
    }
    return stringifyEntityRef(ref);
  } catch {
    throw new InputError(
      `Invalid ${param} '${value}': expected kind:namespace/name, e.g. component:default/payments`,
    );
  }
}

/** A group ref (kind defaults to group). */
export function parseGroupRefParam(value: unknown, param = 'group'): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new InputError(`Missing ${param}`);
  }
  try {
    const ref = parseEntityRef(value, {
      defaultKind: 'group',
      defaultNamespace: 'default',
    });
    if (ref.kind.toLocaleLowerCase('en-US') !== 'group') {
      throw new Error('not a group');
    }
    return stringifyEntityRef(ref);
  } catch {
    throw new InputError(
      `Invalid ${param} '${value}': expected a group ref like group:default/payments-team`,
    );
  }
}

/** The model named by a `model` query parameter (400 for an unknown one). */
export function modelParam(
  models: ModelRegistry,
  value: unknown,
): CompiledModel {
  if (value === undefined) return models.get();
  if (typeof value !== 'string' || !models.ids().includes(value)) {
    throw new InputError(
      `Unknown model '${String(value)}' (available: ${models
        .ids()
        .join(', ')})`,
    );
  }
  return models.get(value);
}

/** A domain id of the model, or undefined (400 for an unknown one). */
export function domainParam(
  compiled: CompiledModel,
  value: unknown,
): string | undefined {
  if (value === undefined) return undefined;
  const ids = compiled.model.domains.map(d => d.id);
  if (typeof value !== 'string' || !ids.includes(value)) {
    throw new InputError(
      `Unknown domain '${String(value)}' in model '${
        compiled.model.id
      }' (domains: ${ids.join(', ')})`,
    );
  }
  return value;
}

/** An ISO date-time parameter (400 naming the parameter when unparseable). */
export function dateParam(value: unknown, param: string): Date | undefined {
  if (value === undefined) return undefined;
  const date = typeof value === 'string' ? new Date(value) : new Date(NaN);
  if (Number.isNaN(date.getTime())) {
    throw new InputError(
      `Invalid ${param} '${String(value)}': expected an ISO 8601 date-time`,
    );
  }
  return date;
}

/** An integer parameter (a level, a limit) within bounds. */
export function integerParam(
  value: unknown,
  param: string,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  const level = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(level) || level < min || level > max) {
    throw new InputError(
      `Invalid ${param} '${String(
        value,
      )}': expected an integer from ${min} to ${max}`,
    );
  }
  return level;
}

/** The entity ref of a `/entities/{kind}/{namespace}/{name}` path. */
export function entityRefFromPath(params: {
  kind: string;
  namespace: string;
  name: string;
}): string {
  return stringifyEntityRef({
    kind: params.kind,
    namespace: params.namespace,
    name: params.name,
  });
}
