import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';

/**
 * The demo portal's permission policy.
 *
 * Signed-in users (the demo's guest included) may read and use every plugin;
 * requests without a user (service-to-service calls never reach policies) are
 * denied. Maturity permissions get their own rules once the maturity backend
 * defines them.
 */
export class DemoPermissionPolicy implements PermissionPolicy {
  async handle(
    _request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (!user) {
      return { result: AuthorizeResult.DENY };
    }
    return { result: AuthorizeResult.ALLOW };
  }
}
