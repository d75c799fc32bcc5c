import { EntityRefLink } from '@backstage/plugin-catalog-react';
import IconButton from '@material-ui/core/IconButton';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import FilterListIcon from '@material-ui/icons/FilterList';
import type { CampaignTeamProgress } from '../../api/campaignTypes';
import { CampaignProgressBar } from '../CampaignProgressBar';
import { useMaturityTranslation } from '../../translation';

/** Props of {@link CampaignTeamsTable}. */
export interface CampaignTeamsTableProps {
  teams: CampaignTeamProgress[];
  /** Shows the entities of a team (and its nested teams) when given. */
  onSelectTeam?(groupRef: string): void;
  /** The team whose entities are shown. */
  selectedTeam?: string;
}

/**
 * The teams of a campaign, the most lagging first, nested teams indented;
 * with `onSelectTeam`, a click on a team (or its filter button) selects it.
 */
export function CampaignTeamsTable(props: CampaignTeamsTableProps) {
  const { onSelectTeam, selectedTeam } = props;
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
          {onSelectTeam && (
            <TableCell padding="checkbox">
              {t('campaignTeamsTable.entities')}
            </TableCell>
          )}
        </TableRow>
      </TableHead>
      <TableBody>
        {teams.map(team => (
          <TableRow
            key={team.groupRef}
            hover={!!onSelectTeam}
            selected={team.groupRef === selectedTeam}
            onClick={onSelectTeam && (() => onSelectTeam(team.groupRef))}
            style={onSelectTeam ? { cursor: 'pointer' } : undefined}
          >
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
            {onSelectTeam && (
              <TableCell padding="checkbox">
                <IconButton
                  size="small"
                  aria-label={t('campaignTeamsTable.showEntities', {
                    team: team.title ?? team.groupRef,
                  })}
                  aria-pressed={team.groupRef === selectedTeam}
                  onClick={event => {
                    event.stopPropagation();
                    onSelectTeam(team.groupRef);
                  }}
                >
                  <FilterListIcon fontSize="small" />
                </IconButton>
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
