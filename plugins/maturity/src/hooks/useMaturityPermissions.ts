import { usePermission } from '@backstage/plugin-permission-react';
import {
  maturityAdminPermission,
  maturityAttestationCreatePermission,
  maturityWaiverManagePermission,
} from '@devops-maturity/plugin-maturity-common';

/** What the signed-in user may do on an entity's maturity scorecard. */
export interface MaturityPermissions {
  canAttest: boolean;
  canWaive: boolean;
  canRefresh: boolean;
}

/**
 * The user's maturity permissions for one entity: attest and waive are
 * resource permissions on the entity, refresh needs maturity.admin.
 */
export function useMaturityPermissions(
  entityRef: string | undefined,
): MaturityPermissions {
  const attest = usePermission({
    permission: maturityAttestationCreatePermission,
    resourceRef: entityRef,
  });
  const waive = usePermission({
    permission: maturityWaiverManagePermission,
    resourceRef: entityRef,
  });
  const admin = usePermission({ permission: maturityAdminPermission });
  return {
    canAttest: attest.allowed,
    canWaive: waive.allowed,
    canRefresh: admin.allowed,
  };
}
