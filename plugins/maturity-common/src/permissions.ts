import { createPermission } from '@backstage/plugin-permission-common';

/**
 * The resource type of maturity permissions that concern one entity; the
 * resource ref is the entity ref, so policies can make them conditional on
 * entity ownership.
 *
 * @public
 */
export const MATURITY_ENTITY_RESOURCE_TYPE = 'maturity-entity';

/**
 * Read scorecards, rollups and models.
 *
 * @public
 */
export const maturityScorecardReadPermission = createPermission({
  name: 'maturity.scorecard.read',
  attributes: { action: 'read' },
});

/**
 * Attest a check for an entity.
 *
 * @public
 */
export const maturityAttestationCreatePermission = createPermission({
  name: 'maturity.attestation.create',
  attributes: { action: 'create' },
  resourceType: MATURITY_ENTITY_RESOURCE_TYPE,
});

/**
 * Create and remove waivers of checks for an entity.
 *
 * @public
 */
export const maturityWaiverManagePermission = createPermission({
  name: 'maturity.waiver.manage',
  attributes: { action: 'update' },
  resourceType: MATURITY_ENTITY_RESOURCE_TYPE,
});

/**
 * Administer the maturity plugin (trigger runs, manage models).
 *
 * @public
 */
export const maturityAdminPermission = createPermission({
  name: 'maturity.admin',
  attributes: {},
});

/**
 * Create, edit and archive campaigns (basic permission, no resource).
 *
 * @public
 */
export const maturityCampaignManagePermission = createPermission({
  name: 'maturity.campaign.manage',
  attributes: { action: 'update' },
});

/**
 * Save a frozen report (evidence pack) of a system or a group.
 *
 * @public
 */
export const maturityReportCreatePermission = createPermission({
  name: 'maturity.report.create',
  attributes: { action: 'create' },
});

/**
 * Push facts (CI results) for entities with `POST /facts` or the
 * `maturity:push-facts` action (basic permission, action create). An
 * external access token is allowed it when its `accessRestrictions` list it
 * or no permissions for the plugin.
 *
 * @public
 */
export const maturityFactsPushPermission = createPermission({
  name: 'maturity.facts.push',
  attributes: { action: 'create' },
});

/**
 * Every permission of the maturity plugin.
 *
 * @public
 */
export const maturityPermissions = [
  maturityScorecardReadPermission,
  maturityAttestationCreatePermission,
  maturityWaiverManagePermission,
  maturityAdminPermission,
  maturityCampaignManagePermission,
  maturityReportCreatePermission,
  maturityFactsPushPermission,
];
