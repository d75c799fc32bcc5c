/**
 * Create, edit and archive improvement campaigns (basic permission).
 *
 * @remarks
 * Mirrors the permission the backend declares; it moves to (and is imported
 * from) `@devops-maturity/plugin-maturity-common` once that exports it.
 */
export const maturityCampaignManagePermission = {
  type: 'basic',
  name: 'maturity.campaign.manage',
  attributes: {},
} as const;
