import { InfoCard, ResponseErrorPanel } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useAttestationRevocation } from '../../hooks/useAttestationRevocation';
import { useCheckTitles } from '../../hooks/useCheckTitles';
import { useMaturityPermissions } from '../../hooks/useMaturityPermissions';
import type { TeamScorecardData } from '../../hooks/useTeamScorecard';
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
  /** The group's own scorecard and attestations (`useTeamScorecard`). */
  team: TeamScorecardData;
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
  const { groupRef, scorecard: state, attestations, reload } = props.team;
  const { t } = useMaturityTranslation();
  const permissions = useMaturityPermissions(groupRef);
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
