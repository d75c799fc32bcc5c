import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  entityRouteParams,
  entityRouteRef,
  useEntity,
} from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import useAsync from 'react-use/esm/useAsync';
import { maturityApiRef } from '../../api/MaturityApi';
import { PRIORITY_DOMAIN_IDS } from '../../lib/domains';
import { isNotFoundError } from '../../lib/errors';
import { formatScore, levelLabel } from '../../lib/levels';
import { topNextSteps } from '../../lib/nextSteps';
import { formatRelativeTime } from '../../lib/time';
import { CheckStatusIcon } from '../CheckStatusIcon';
import { LevelChip } from '../LevelChip';
import { StaleEvidenceBanner } from '../StaleEvidenceBanner';
import { useMaturityTranslation } from '../../translation';

const useStyles = makeStyles(theme => ({
  row: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1.5),
    marginBottom: theme.spacing(1),
  },
  domains: {
    display: 'grid',
    gridTemplateColumns: '1fr max-content',
    gap: theme.spacing(1),
    alignItems: 'center',
    margin: theme.spacing(2, 0),
  },
}));

/**
 * Props of {@link EntityMaturityCard}.
 *
 * @public
 */
export interface EntityMaturityCardProps {
  /** The model to show; the backend's default model when absent. */
  modelId?: string;
  /** The path of the Maturity tab below the entity page (default `maturity`). */
  tabPath?: string;
}

/**
 * The overview card: overall level, Platform Engineering and SRE levels and
 * the three most useful next steps, linking to the Maturity tab; a warning
 * first when evidence sources were down at the latest evaluation.
 *
 * @public
 */
export function EntityMaturityCard(props: EntityMaturityCardProps) {
  const { modelId, tabPath = 'maturity' } = props;
  const classes = useStyles();
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const api = useApi(maturityApiRef);
  const i18n = useMaturityTranslation();
  const { t, language } = i18n;
  const entityRoute = useRouteRef(entityRouteRef);
  const tabLink = `${entityRoute(entityRouteParams(entity))}/${tabPath}`;
  const {
    value: scorecard,
    loading,
    error,
  } = useAsync(
    () => api.getScorecard(entityRef, { model: modelId }),
    [api, entityRef, modelId, language],
  );

  let content;
  if (loading) {
    content = <Progress />;
  } else if (error && isNotFoundError(error)) {
    content = (
      <EmptyState
        missing="data"
        title={t('entityMaturityCard.notEvaluatedTitle')}
        description={t('entityMaturityCard.notEvaluatedDescription')}
      />
    );
  } else if (error) {
    content = <ResponseErrorPanel error={error} />;
  } else if (scorecard) {
    const priority = PRIORITY_DOMAIN_IDS.map(id =>
      scorecard.domains.find(d => d.domainId === id),
    ).filter(d => d !== undefined);
    const steps = topNextSteps(scorecard, 3);
    content = (
      <>
        {scorecard.staleEvidence?.length ? (
          <Box mb={2}>
            <StaleEvidenceBanner outages={scorecard.staleEvidence} compact />
          </Box>
        ) : null}
        <div className={classes.row}>
          <LevelChip
            level={scorecard.level}
            levels={scorecard.levels}
            size="large"
          />
          <div>
            <Typography variant="h6" component="p">
              {levelLabel(scorecard.level, scorecard.levels, i18n)}
            </Typography>
            <Typography variant="body2" color="textSecondary">
              {t('entityMaturityCard.summary', {
                score: formatScore(scorecard.score, language),
                time: formatRelativeTime(
                  scorecard.evaluatedAt,
                  undefined,
                  language,
                ),
              })}
            </Typography>
          </div>
        </div>
        {priority.length > 0 && (
          <div
            className={classes.domains}
            role="list"
            aria-label={t('entityMaturityCard.keyDomains')}
          >
            {priority.map(domain => (
              <div
                key={domain!.domainId}
                role="listitem"
                style={{ display: 'contents' }}
              >
                <Typography variant="body1">{domain!.title}</Typography>
                <LevelChip
                  level={domain!.level}
                  levels={scorecard.levels}
                  showTitle
                />
              </div>
            ))}
          </div>
        )}
        <Typography variant="subtitle2" component="h3">
          {t('entityMaturityCard.nextSteps')}
        </Typography>
        {steps.length === 0 ? (
          <Typography variant="body2" color="textSecondary">
            {scorecard.level === null
              ? t('entityMaturityCard.noChecks')
              : t('entityMaturityCard.nothingOpen')}
          </Typography>
        ) : (
          <List
            dense
            disablePadding
            aria-label={t('entityMaturityCard.nextSteps')}
          >
            {steps.map(step => (
              <ListItem key={step.check.checkId} disableGutters>
                <ListItemIcon>
                  <CheckStatusIcon
                    status={step.check.status}
                    showLabel={false}
                  />
                </ListItemIcon>
                <ListItemText
                  primary={step.check.title}
                  secondary={t('entityMaturityCard.stepTarget', {
                    domain: step.domainTitle,
                    level: step.targetLevel,
                  })}
                />
              </ListItem>
            ))}
          </List>
        )}
      </>
    );
  }

  return (
    <InfoCard
      title={t('entityMaturityCard.title')}
      deepLink={
        scorecard
          ? { title: t('entityMaturityCard.viewDetails'), link: tabLink }
          : undefined
      }
    >
      {content}
    </InfoCard>
  );
}
