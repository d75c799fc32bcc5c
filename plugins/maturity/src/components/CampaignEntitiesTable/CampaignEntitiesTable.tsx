import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import type {
  CampaignEntityProgress,
  CampaignTarget,
} from '../../api/campaignTypes';
import { DomainTitle, targetDomainTitle } from '../../lib/campaigns';
import { useMaturityTranslation } from '../../translation';

/** Props of {@link CampaignEntitiesTable}. */
export interface CampaignEntitiesTableProps {
  entities: CampaignEntityProgress[];
  targets: CampaignTarget[];
  domains: DomainTitle[];
}

/**
 * The entities of a campaign, those with the most remaining checks first:
 * owner, current and target level per target, and the checks left.
 */
export function CampaignEntitiesTable(props: CampaignEntitiesTableProps) {
  const { targets, domains } = props;
  const i18n = useMaturityTranslation();
  const { t } = i18n;
  const entities = [...props.entities].sort(
    (a, b) =>
      Number(a.meets) - Number(b.meets) ||
      b.remainingChecks.length - a.remainingChecks.length ||
      a.entityRef.localeCompare(b.entityRef),
  );
  if (entities.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {t('campaignEntitiesTable.empty')}
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label={t('campaignEntitiesTable.aria')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('campaignEntitiesTable.entity')}</TableCell>
          <TableCell>{t('campaignEntitiesTable.owner')}</TableCell>
          {targets.map(target => (
            <TableCell key={target.domain}>
              {targetDomainTitle(target.domain, domains, i18n)}
            </TableCell>
          ))}
          <TableCell>{t('campaignEntitiesTable.remaining')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {entities.map(entity => (
          <TableRow key={entity.entityRef}>
            <TableCell>
              <EntityRefLink
                entityRef={entity.entityRef}
                title={entity.title}
              />
            </TableCell>
            <TableCell>
              {entity.owner ? (
                <EntityRefLink entityRef={entity.owner} defaultKind="group" />
              ) : (
                '–'
              )}
            </TableCell>
            {targets.map(target => {
              const row = entity.targets.find(r => r.domain === target.domain);
              return (
                <TableCell key={target.domain}>
                  {t('campaignEntitiesTable.levelOfTarget', {
                    level: row?.level ?? 0,
                    target: target.level,
                  })}
                </TableCell>
              );
            })}
            <TableCell>
              {entity.meets ? (
                <Typography
                  variant="body2"
                  style={{ display: 'flex', alignItems: 'center', gap: 4 }}
                >
                  <CheckCircleIcon fontSize="small" color="primary" />
                  {t('campaignEntitiesTable.meets')}
                </Typography>
              ) : (
                <ul
                  aria-label={t('campaignEntitiesTable.remainingAria', {
                    entity: entity.title ?? entity.entityRef,
                  })}
                  style={{ margin: 0, paddingLeft: 16 }}
                >
                  {entity.remainingChecks.map(check => (
                    <li key={check.checkId}>
                      {t('campaignEntitiesTable.check', {
                        title: check.title,
                        level: check.level,
                      })}
                    </li>
                  ))}
                </ul>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
