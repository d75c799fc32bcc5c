import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { CampaignTeamProgress } from '../../api/campaignTypes';
import { CampaignProgressBar } from '../CampaignProgressBar';
import { useMaturityTranslation } from '../../translation';

/** Props of {@link CampaignTeamsTable}. */
export interface CampaignTeamsTableProps {
  teams: CampaignTeamProgress[];
}

/** The teams of a campaign, the most lagging first, nested teams indented. */
export function CampaignTeamsTable(props: CampaignTeamsTableProps) {
  const { t } = useMaturityTranslation();
  const teams = [...props.teams].sort(
    (a, b) => b.lag - a.lag || a.groupRef.localeCompare(b.groupRef),
  );
  if (teams.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {t('campaignTeamsTable.empty')}
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label={t('campaignTeamsTable.aria')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('campaignTeamsTable.team')}</TableCell>
          <TableCell align="right">{t('campaignTeamsTable.lag')}</TableCell>
          <TableCell>{t('campaignTeamsTable.progress')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {teams.map(team => (
          <TableRow key={team.groupRef}>
            <TableCell style={{ paddingLeft: 16 + team.depth * 24 }}>
              <EntityRefLink
                entityRef={team.groupRef}
                defaultKind="group"
                title={team.title}
              />
            </TableCell>
            <TableCell align="right">{team.lag}</TableCell>
            <TableCell>
              <CampaignProgressBar
                meeting={team.meeting}
                inScope={team.inScope}
                ratio={team.ratio}
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
