import type {
  BackstageCredentials,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  maturityAdminPermission,
  maturityAttestationCreatePermission,
} from '@devops-maturity/plugin-maturity-common';
import type express from 'express';
import type { ReevaluationQueue } from '../../evaluation/ReevaluationQueue';
import type { ModelRegistry } from '../../model/ModelRegistry';
import type { MaturityStore } from '../../store/MaturityStore';

/** What the attestation revocation route needs. */
export interface AttestationRevokeRouteOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  store: MaturityStore;
  models: ModelRegistry;
  reevaluation: ReevaluationQueue;
}

/**
 * Whether an attestation of `checkId` on `entityRef` is a team attestation:
 * the check has `attestation.scope: team` in a loaded model and the entity
 * is a group.
 */
export function isTeamAttestation(
  models: ModelRegistry,
  entityRef: string,
  checkId: string,
): boolean {
  if (parseEntityRef(entityRef).kind.toLocaleLowerCase('en-US') !== 'group')
    return false;
  return models
    .all()
    .some(m => m.getCheck(checkId)?.check.attestation?.scope === 'team');
}

/**
 * The entities whose results an attestation change affects: for a team
 * attestation every evaluated entity owned by the group or a nested group
 * (and those groups), else the entity itself.
 */
export async function entitiesAffectedBy(
  options: { store: MaturityStore; models: ModelRegistry },
  entityRef: string,
  checkId: string,
): Promise<string[]> {
  if (!isTeamAttestation(options.models, entityRef, checkId))
    return [entityRef];
  const refs = await options.store.listEntitiesUnderGroup(entityRef);
  return refs.includes(entityRef) ? refs : [entityRef, ...refs];
}

/**
 * `DELETE /attestations/{id}?reason=`: revokes an attestation (kept and
 * audited, like waivers) and re-evaluates the entities it concerned in the
 * background. Allowed to the attestation's author, to callers with
 * `maturity.attestation.create` on its entity (by the demo policy: its
 * owners; for a group, members of it or of a group above it) and to
 * admins (`maturity.admin`).
 */
export function registerAttestationRevokeRoute(
  router: express.Router,
  options: AttestationRevokeRouteOptions,
) {
  const { httpAuth, permissions, store, reevaluation } = options;

  async function mayRevoke(
    credentials: BackstageCredentials<{ type: 'user'; userEntityRef: string }>,
    author: string,
    entityRef: string,
  ): Promise<boolean> {
    if (credentials.principal.userEntityRef === author) return true;
    const decisions = await permissions.authorize(
      [
        {
          permission: maturityAttestationCreatePermission,
          resourceRef: entityRef,
        },
        { permission: maturityAdminPermission },
      ],
      { credentials },
    );
    return decisions.some(d => d.result === AuthorizeResult.ALLOW);
  }

  router.delete('/attestations/:id', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const attestation = await store.getAttestation(req.params.id);
    if (!attestation) {
      throw new NotFoundError(`No attestation ${req.params.id}`);
    }
    if (
      !(await mayRevoke(credentials, attestation.author, attestation.entityRef))
    ) {
      throw new NotAllowedError(
        `Not allowed: only the author, owners of ${attestation.entityRef} (${maturityAttestationCreatePermission.name}) and admins may revoke attestation ${attestation.id}`,
      );
    }
    if (attestation.revokedAt) {
      throw new InputError(
        `Attestation ${attestation.id} was already revoked at ${attestation.revokedAt}`,
      );
    }
    const reason =
      typeof req.query.reason === 'string' && req.query.reason.trim()
        ? req.query.reason.trim()
        : undefined;
    const revoked = await store.revokeAttestation(
      attestation.id,
      credentials.principal.userEntityRef,
      new Date(),
      reason,
    );
    const affected = await entitiesAffectedBy(
      options,
      attestation.entityRef,
      attestation.checkId,
    );
    res.json({ ...revoked, reevaluating: reevaluation.enqueue(affected) });
  });
}
