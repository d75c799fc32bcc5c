import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import MenuItem from '@material-ui/core/MenuItem';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TablePagination from '@material-ui/core/TablePagination';
import TableRow from '@material-ui/core/TableRow';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import { useEffect, useState } from 'react';
import useDebounce from 'react-use/esm/useDebounce';
import type {
  CampaignEntityFilter,
  CampaignEntityProgress,
  CampaignTarget,
} from '../../api/campaignTypes';
import { DomainTitle, targetDomainTitle } from '../../lib/campaigns';
import { useMaturityTranslation } from '../../translation';

/** Which page of a campaign's entities the table shows. */
export interface CampaignEntitiesQuery {
  offset: number;
  /** 25, 50 or 100. */
  limit: number;
  filter: CampaignEntityFilter;
  /** A group ref: its entities and those of its nested groups. */
  team?: string;
  q?: string;
}

/** The page sizes offered. */
export const ENTITY_PAGE_SIZES = [25, 50, 100];

/** Props of {@link CampaignEntitiesTable}. */
export interface CampaignEntitiesTableProps {
  /** The page the backend answered, in its order (most in need first). */
  entities: CampaignEntityProgress[];
  /** The entities matching the query, all pages. */
  entityTotal: number;
  targets: CampaignTarget[];
  domains: DomainTitle[];
  query: CampaignEntitiesQuery;
  onQueryChange(query: CampaignEntitiesQuery): void;
  /** The title of the team filtered on. */
  teamTitle?: string;
}

const SEARCH_DELAY_MS = 300;

/**
 * One page of the entities of a campaign, served by the backend (those not
 * meeting the targets first, then the most remaining checks): owner, current
 * and target level per target, and the checks left; a filter, a search box,
 * the team filtered on, and the page size.
 */
export function CampaignEntitiesTable(props: CampaignEntitiesTableProps) {
  const { entities, entityTotal, targets, domains, query, onQueryChange } =
    props;
  const i18n = useMaturityTranslation();
  const { t } = i18n;
  const [search, setSearch] = useState(query.q ?? '');
  useEffect(() => setSearch(query.q ?? ''), [query.q]);
  useDebounce(
    () => {
      const q = search.trim();
      if (q !== (query.q ?? '')) {
        onQueryChange({ ...query, q: q || undefined, offset: 0 });
      }
    },
    SEARCH_DELAY_MS,
    [search],
  );
  const filtered = query.filter !== 'all' || !!query.team || !!query.q;

  return (
    <>
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        style={{ gap: 16 }}
      >
        <TextField
          select
          id="maturity-campaign-entity-filter"
          size="small"
          label={t('campaignEntitiesTable.show')}
          value={query.filter}
          onChange={e =>
            onQueryChange({
              ...query,
              filter: e.target.value as CampaignEntityFilter,
              offset: 0,
            })
          }
        >
          <MenuItem value="all">{t('campaignEntitiesTable.showAll')}</MenuItem>
          <MenuItem value="behind">
            {t('campaignEntitiesTable.showBehind')}
          </MenuItem>
          <MenuItem value="meeting">
            {t('campaignEntitiesTable.showMeeting')}
          </MenuItem>
        </TextField>
        <TextField
          size="small"
          type="search"
          id="maturity-campaign-entity-search"
          label={t('campaignEntitiesTable.search')}
          value={search}
          onChange={e => setSearch(e.target.value)}
        />
        {query.team && (
          <Chip
            label={t('campaignEntitiesTable.team', {
              team: props.teamTitle ?? query.team,
            })}
            onDelete={() =>
              onQueryChange({ ...query, team: undefined, offset: 0 })
            }
          />
        )}
        <Typography variant="body2" color="textSecondary">
          {t('campaignEntitiesTable.shown', {
            shown: entities.length,
            total: entityTotal,
          })}
        </Typography>
      </Box>
      {entities.length === 0 ? (
        <Box mt={2}>
          <Typography variant="body2" color="textSecondary">
            {filtered
              ? t('campaignEntitiesTable.noMatch')
              : t('campaignEntitiesTable.empty')}
          </Typography>
        </Box>
      ) : (
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
              <EntityRow
                key={entity.entityRef}
                entity={entity}
                targets={targets}
              />
            ))}
          </TableBody>
        </Table>
      )}
      {entityTotal > 0 && (
        <TablePagination
          component="div"
          count={entityTotal}
          page={Math.floor(query.offset / query.limit)}
          rowsPerPage={query.limit}
          rowsPerPageOptions={ENTITY_PAGE_SIZES}
          labelRowsPerPage={t('campaignEntitiesTable.rowsPerPage')}
          nextIconButtonText={t('campaignEntitiesTable.nextPage')}
          backIconButtonText={t('campaignEntitiesTable.previousPage')}
          labelDisplayedRows={({ from, to, count }) =>
            t('campaignEntitiesTable.pageRange', { from, to, count })
          }
          onPageChange={(_event, page) =>
            onQueryChange({ ...query, offset: page * query.limit })
          }
          onRowsPerPageChange={e =>
            onQueryChange({
              ...query,
              limit: Number(e.target.value),
              offset: 0,
            })
          }
        />
      )}
    </>
  );
}

function EntityRow(props: {
  entity: CampaignEntityProgress;
  targets: CampaignTarget[];
}) {
  const { entity, targets } = props;
  const { t } = useMaturityTranslation();
  return (
    <TableRow>
      <TableCell>
        <EntityRefLink entityRef={entity.entityRef} title={entity.title} />
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
  );
}
