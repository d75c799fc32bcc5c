import {
  coreServices,
  createServiceFactory,
  type BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { mockCredentials } from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import type { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { JsonObject } from '@backstage/types';
import { startMaturityBackend } from './maturityTestBackend';

/** The user every permission is denied to. */
export const DENIED_USER = 'user:default/mallory';

/** The user every permission is granted to. */
export const ALLOWED_USER = 'user:default/alice';

function decide(
  credentials: BackstageCredentials,
): AuthorizeResult.ALLOW | AuthorizeResult.DENY {
  const principal = credentials.principal as { userEntityRef?: string };
  return principal?.userEntityRef === DENIED_USER
    ? AuthorizeResult.DENY
    : AuthorizeResult.ALLOW;
}

/** A permissions service that denies {@link DENIED_USER} and allows the rest. */
export const permissionsDenyingOneUser = createServiceFactory({
  service: coreServices.permissions,
  deps: {},
  factory: () => ({
    authorize: async (requests, options) =>
      requests.map(() => ({ result: decide(options.credentials) })),
    authorizeConditional: async (requests, options) =>
      requests.map(() => ({ result: decide(options.credentials) })),
  }),
});

/**
 * Starts the maturity plugin on a mock catalog, evaluated once, with its
 * actions in a mock registry; `invoke` calls one as a user (alice by default).
 */
export async function startActionsBackend(
  options: { entities?: Entity[]; config?: JsonObject } = {},
) {
  const registry = actionsRegistryServiceMock();
  const backend = await startMaturityBackend({
    ...options,
    runOnStartup: true,
    permissions: permissionsDenyingOneUser,
    features: [
      createServiceFactory({
        service: actionsRegistryServiceRef,
        deps: {},
        factory: () => registry,
      }),
    ],
  });
  return {
    backend,
    /** The output of an action (the mock registry names actions `test:<name>`). */
    invoke: async (name: string, input: JsonObject, user = ALLOWED_USER) => {
      const { output } = await registry.invoke({
        id: `test:${name}`,
        input,
        credentials: mockCredentials.user(user),
      });
      return output as any;
    },
  };
}
