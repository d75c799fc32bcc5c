import { InfoCard, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useCallback } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { maturityApiRef } from '../../api/MaturityApi';
import { useAttestationRevocation } from '../../hooks/useAttestationRevocation';
import { useCheckTitles } from '../../hooks/useCheckTitles';
import { useMaturityPermissions } from '../../hooks/useMaturityPermissions';
import { isNotFoundError } from '../../lib/errors';
import { AuditList } from '../AuditList';
import { MaturityHeadline } from '../MaturityHeadline';
import { ScorecardChecks } from '../ScorecardChecks';
import { useMaturityTranslation } from '../../translation';

/**
 * Props of {@link TeamScorecard}.
 *
 * @public
 */
export interface TeamScorecardProps {
  /** The group whose own scorecard to show. */
  groupRef: string;
  /** The model to show; the backend's default model when absent. */
  modelId?: string;
}

/**
 * A team's own scorecard: the levels and checks of the group entity itself
 * (its practices, not those of what it owns), with attest and waive actions
 * recorded on the group. Renders nothing when the group has no scorecard
 * (groups not evaluated, or no check of the model applies to it).
 *
 * @public
 */
export function TeamScorecard(props: TeamScorecardProps) {
  const { groupRef, modelId } = props;
  const api = useApi(maturityApiRef);
  const { t, language } = useMaturityTranslation();
  const permissions = useMaturityPermissions(groupRef);
  const state = useAsyncRetry(
    () => api.getScorecard(groupRef, { model: modelId }),
    [api, groupRef, modelId, language],
  );
  // The team's attestations (team practices hold for all it owns), revocable.
  const attestations = useAsyncRetry(
    () => api.listAttestations(groupRef),
    [api, groupRef],
  );
  const { retry: retryScorecard } = state;
  const { retry: retryAttestations } = attestations;
  const reload = useCallback(() => {
    retryScorecard();
    retryAttestations();
  }, [retryScorecard, retryAttestations]);
  const revocation = useAttestationRevocation(groupRef, reload);
  const checkTitles = useCheckTitles(state.value);

  if (state.error) {
    if (isNotFoundError(state.error)) return null;
    return (
      <ResponseErrorPanel
        error={state.error}
        title={t('teamScorecard.loadError')}
      />
    );
  }
  const scorecard = state.value;
  if (!scorecard || !scorecard.domains.some(d => d.applicable)) return null;

  return (
    <InfoCard
      title={t('teamScorecard.title')}
      subheader={t('teamScorecard.subheader')}
    >
      <MaturityHeadline scorecard={scorecard} />
      <Box mt={2}>
        <Typography variant="h6" component="h3" gutterBottom>
          {t('teamScorecard.domains')}
        </Typography>
        <ScorecardChecks
          entityRef={groupRef}
          scorecard={scorecard}
          canAttest={permissions.canAttest}
          canWaive={permissions.canWaive}
          hideNotApplicable
          onChanged={reload}
        />
      </Box>
      {attestations.value && attestations.value.items.length > 0 && (
        <Box mt={2}>
          <AuditList
            attestations={attestations.value.items}
            audit={attestations.value.audit}
            waivers={[]}
            checkTitles={checkTitles}
            canRevokeAttestation={revocation.canRevoke}
            onRevokeAttestation={revocation.revoke}
          />
        </Box>
      )}
    </InfoCard>
  );
}
