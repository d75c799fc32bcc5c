import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { CliError } from './errors';

/**
 * An entity ref of the command line in its full form, `kind:namespace/name`
 * (kind `component` and namespace `default` when left out); fails (exit 2)
 * naming the option when it is not a ref.
 */
export function normaliseEntityRef(ref: string, option = '--entity'): string {
  try {
    return stringifyEntityRef(
      parseEntityRef(ref, {
        defaultKind: 'component',
        defaultNamespace: 'default',
      }),
    );
  } catch (error) {
    throw new CliError(
      `${option} '${ref}' is not an entity ref like component:default/payments: ${
        (error as Error).message
      }`,
    );
  }
}
