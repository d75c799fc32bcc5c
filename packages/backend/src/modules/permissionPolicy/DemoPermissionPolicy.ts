import {
  AuthorizeResult,
  isPermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  maturityAdminPermission,
  maturityAttestationCreatePermission,
  maturityCampaignManagePermission,
  maturityReportCreatePermission,
  maturityWaiverManagePermission,
} from '@devops-maturity/plugin-maturity-common';
import {
  createMaturityEntityConditionalDecision,
  maturityEntityConditions,
} from '@devops-maturity/plugin-maturity-node';

/**
 * The demo portal's permission policy.
 *
 * - Signed-in users read everything (maturity scorecards included).
 * - Attestations and waivers: only on entities owned by the user or one of
 *   their groups (a conditional decision the maturity backend resolves);
 *   on a group (team attestations) for its members and the members of any
 *   group above it. Revoking an attestation is also open to its author.
 * - `maturity.admin` (full re-evaluation, refresh) and
 *   `maturity.campaign.manage` (create, edit, archive campaigns) and
 *   `maturity.report.create` (save a frozen report): members of
 *   the groups named in `adminGroups` only.
 * - Requests without a user are denied.
 */
export class DemoPermissionPolicy implements PermissionPolicy {
  constructor(private readonly adminGroups: string[]) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (!user) {
      return { result: AuthorizeResult.DENY };
    }
    const { permission } = request;
    if (
      isPermission(permission, maturityAttestationCreatePermission) ||
      isPermission(permission, maturityWaiverManagePermission)
    ) {
      return createMaturityEntityConditionalDecision(
        permission,
        maturityEntityConditions.isEntityOwner({
          claims: user.info.ownershipEntityRefs,
        }),
      );
    }
    if (
      isPermission(permission, maturityAdminPermission) ||
      isPermission(permission, maturityCampaignManagePermission) ||
      isPermission(permission, maturityReportCreatePermission)
    ) {
      const isAdmin = user.info.ownershipEntityRefs.some(ref =>
        this.adminGroups.includes(ref),
      );
      return { result: isAdmin ? AuthorizeResult.ALLOW : AuthorizeResult.DENY };
    }
    return { result: AuthorizeResult.ALLOW };
  }
}
