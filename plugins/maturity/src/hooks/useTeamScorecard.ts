import { useApi } from '@backstage/core-plugin-api';
import { useCallback } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import type { AsyncState } from 'react-use/esm/useAsyncFn';
import { maturityApiRef } from '../api/MaturityApi';
import type { AttestationList, EntityScorecard } from '../api/types';
import { useAppLanguage } from '../translation';

/** A team's own scorecard and attestations as they load. */
export interface TeamScorecardData {
  groupRef: string;
  scorecard: AsyncState<EntityScorecard>;
  attestations: AsyncState<AttestationList>;
  /** Reads both again (after an attestation, waiver or revocation). */
  reload: () => void;
}

/**
 * A group's own scorecard (in the app language) and its attestations, asked
 * for as soon as the group is known.
 */
export function useTeamScorecard(
  groupRef: string,
  modelId?: string,
): TeamScorecardData {
  const api = useApi(maturityApiRef);
  const language = useAppLanguage();
  const scorecard = useAsyncRetry(
    () => api.getScorecard(groupRef, { model: modelId }),
    [api, groupRef, modelId, language],
  );
  // The team's attestations (team practices hold for all it owns), revocable.
  const attestations = useAsyncRetry(
    () => api.listAttestations(groupRef),
    [api, groupRef],
  );
  const { retry: retryScorecard } = scorecard;
  const { retry: retryAttestations } = attestations;
  const reload = useCallback(() => {
    retryScorecard();
    retryAttestations();
  }, [retryScorecard, retryAttestations]);
  return { groupRef, scorecard, attestations, reload };
}
