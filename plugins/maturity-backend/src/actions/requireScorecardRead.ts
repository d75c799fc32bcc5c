import type {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { maturityScorecardReadPermission } from '@devops-maturity/plugin-maturity-common';

/**
 * Authorises reading maturity data (`maturity.scorecard.read`) for the
 * caller of an action, as the REST routes serving the same data do; throws
 * NotAllowedError otherwise.
 */
export async function requireScorecardRead(
  permissions: PermissionsService,
  credentials: BackstageCredentials,
): Promise<void> {
  const [decision] = await permissions.authorize(
    [{ permission: maturityScorecardReadPermission }],
    { credentials },
  );
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError(
      `Not allowed: ${maturityScorecardReadPermission.name}`,
    );
  }
}
