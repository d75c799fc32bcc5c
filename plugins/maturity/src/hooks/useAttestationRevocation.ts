import {
  alertApiRef,
  identityApiRef,
  useApi,
} from '@backstage/core-plugin-api';
import { useCallback } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { maturityApiRef } from '../api/MaturityApi';
import type { AttestationRecord } from '../api/types';
import { useMaturityTranslation } from '../translation';
import { useMaturityPermissions } from './useMaturityPermissions';

/** Who may revoke which attestation of an entity, and the revocation. */
export interface AttestationRevocation {
  /**
   * Whether the signed-in user may revoke the attestation: its author, a
   * user who may attest on the entity, or an admin (as the backend decides).
   */
  canRevoke: (attestation: AttestationRecord) => boolean;
  /** Revokes the attestation, tells the user, then calls `onRevoked`. */
  revoke: (
    attestation: AttestationRecord,
    reason: string | undefined,
  ) => Promise<void>;
}

/**
 * Revocation of the attestations of one entity (a component, system or
 * group), for the attestations list of its Maturity tab.
 */
export function useAttestationRevocation(
  entityRef: string,
  onRevoked: () => void,
): AttestationRevocation {
  const api = useApi(maturityApiRef);
  const alertApi = useApi(alertApiRef);
  const identityApi = useApi(identityApiRef);
  const { t } = useMaturityTranslation();
  const permissions = useMaturityPermissions(entityRef);
  const identity = useAsync(
    () => identityApi.getBackstageIdentity(),
    [identityApi],
  );
  const userRef = identity.value?.userEntityRef;
  // canRefresh is maturity.admin.
  const mayRevokeAny = permissions.canAttest || permissions.canRefresh;

  const canRevoke = useCallback(
    (attestation: AttestationRecord) =>
      mayRevokeAny || (userRef !== undefined && attestation.author === userRef),
    [mayRevokeAny, userRef],
  );

  const revoke = useCallback(
    async (attestation: AttestationRecord, reason: string | undefined) => {
      const change = await api.revokeAttestation(attestation.id, reason);
      alertApi.post({
        message: change.reevaluating
          ? t('attestationRevoke.revokedReevaluating', {
              count: change.reevaluating,
            })
          : t('attestationRevoke.revoked'),
        severity: 'success',
        display: 'transient',
      });
      onRevoked();
    },
    [api, alertApi, onRevoked, t],
  );

  return { canRevoke, revoke };
}
