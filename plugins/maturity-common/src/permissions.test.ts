import {
  isResourcePermission,
  isPermission,
} from '@backstage/plugin-permission-common';
import {
  MATURITY_ENTITY_RESOURCE_TYPE,
  maturityAdminPermission,
  maturityAttestationCreatePermission,
  maturityCampaignManagePermission,
  maturityFactsPushPermission,
  maturityPermissions,
  maturityReportCreatePermission,
  maturityScorecardReadPermission,
  maturityWaiverManagePermission,
} from './permissions';

describe('permissions', () => {
  it('defines a basic read permission and a basic admin permission', () => {
    expect(maturityScorecardReadPermission).toEqual({
      type: 'basic',
      name: 'maturity.scorecard.read',
      attributes: { action: 'read' },
    });
    expect(maturityAdminPermission).toEqual({
      type: 'basic',
      name: 'maturity.admin',
      attributes: {},
    });
  });

  it('defines attestation and waiver permissions on maturity-entity resources', () => {
    expect(MATURITY_ENTITY_RESOURCE_TYPE).toBe('maturity-entity');
    for (const permission of [
      maturityAttestationCreatePermission,
      maturityWaiverManagePermission,
    ]) {
      expect(
        isResourcePermission(permission, MATURITY_ENTITY_RESOURCE_TYPE),
      ).toBe(true);
    }
    expect(maturityAttestationCreatePermission).toMatchObject({
      name: 'maturity.attestation.create',
      attributes: { action: 'create' },
    });
    expect(maturityWaiverManagePermission).toMatchObject({
      name: 'maturity.waiver.manage',
      attributes: { action: 'update' },
    });
  });

  it('defines a basic campaign manage permission', () => {
    expect(maturityCampaignManagePermission).toEqual({
      type: 'basic',
      name: 'maturity.campaign.manage',
      attributes: { action: 'update' },
    });
  });

  it('defines a basic report create permission', () => {
    expect(maturityReportCreatePermission).toEqual({
      type: 'basic',
      name: 'maturity.report.create',
      attributes: { action: 'create' },
    });
  });

  it('defines a basic facts push permission with action create', () => {
    // action create: a token restricted to `permissionAttribute.action: create` may push
    expect(maturityFactsPushPermission).toEqual({
      type: 'basic',
      name: 'maturity.facts.push',
      attributes: { action: 'create' },
    });
  });

  it('lists every permission once', () => {
    expect(maturityPermissions.map(p => p.name)).toEqual([
      'maturity.scorecard.read',
      'maturity.attestation.create',
      'maturity.waiver.manage',
      'maturity.admin',
      'maturity.campaign.manage',
      'maturity.report.create',
      'maturity.facts.push',
    ]);
    expect(isPermission(maturityAdminPermission, maturityPermissions[3])).toBe(
      true,
    );
  });
});
