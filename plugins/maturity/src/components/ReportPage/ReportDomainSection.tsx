import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { MaturityLevelDefinition } from '../../api/types';
import type { ReportDomain } from '../../api/reportTypes';
import { formatScore, levelLabel } from '../../lib/levels';
import { useMaturityTranslation } from '../../translation';
import { ReportAccordion } from './ReportAccordion';
import { ReportCheckTable } from './ReportCheckTable';
import { ReportHistoryTable } from './ReportHistoryTable';

/** Props of {@link ReportDomainSection}. */
export interface ReportDomainSectionProps {
  domain: ReportDomain;
  levels: MaturityLevelDefinition[];
  /** Every section open (expand all, printing). */
  expandAll: boolean;
}

/**
 * One domain of a report, collapsed until opened: its level, the weakest
 * entities, the 12-month history, the gaps to the next level and each
 * capability (collapsed too) with its checks and the evidence of every
 * entity.
 */
export function ReportDomainSection(props: ReportDomainSectionProps) {
  const { domain, levels, expandAll } = props;
  const i18n = useMaturityTranslation();
  const { t, language } = i18n;
  const id = `maturity-report-domain-${domain.domainId}`;
  const separator = t('common.listSeparator');
  return (
    <Box component="section" data-maturity-report-domain mt={2}>
      <ReportAccordion
        id={id}
        forceOpen={expandAll}
        heading={
          <Typography
            variant="h6"
            component="h3"
            data-level={domain.level ?? ''}
          >
            {t('reportPage.domainHeading', {
              domain: domain.title,
              level: levelLabel(domain.level, levels, i18n),
            })}
          </Typography>
        }
      >
        {domain.description && (
          <Typography variant="body2" paragraph>
            {domain.description}
          </Typography>
        )}
        <Typography variant="body2">
          {t('reportPage.domainFigures', {
            score: formatScore(domain.score, language),
            count: domain.entityCount,
          })}
        </Typography>
        {domain.weakestEntityRefs.length > 0 && (
          <Typography variant="body2">
            {t('reportPage.weakest', {
              entities: domain.weakestEntityRefs.join(separator),
            })}
          </Typography>
        )}
        <Typography
          variant="subtitle1"
          component="h4"
          style={{ marginTop: 16 }}
        >
          {t('reportPage.history')}
        </Typography>
        <ReportHistoryTable
          domainTitle={domain.title}
          history={domain.history}
        />
        <Typography
          variant="subtitle1"
          component="h4"
          style={{ marginTop: 16 }}
        >
          {domain.nextLevel
            ? t('reportPage.nextLevel', {
                level: levelLabel(domain.nextLevel.level, levels, i18n),
              })
            : t('reportPage.topLevel')}
        </Typography>
        {domain.nextLevel && (
          <ul>
            {domain.nextLevel.checks.map(check => (
              <li key={check.checkId}>
                <Typography variant="body2">
                  {t('reportPage.gapCheck', {
                    check: check.title,
                    entities: check.entityRefs.join(separator),
                  })}
                </Typography>
              </li>
            ))}
          </ul>
        )}
        <Typography
          variant="subtitle1"
          component="h4"
          style={{ marginTop: 16 }}
        >
          {t('reportPage.capabilities')}
        </Typography>
        {domain.capabilities.map(capability => (
          <ReportAccordion
            key={capability.capabilityId}
            id={`${id}-${capability.capabilityId}`}
            forceOpen={expandAll}
            heading={
              <Typography variant="subtitle2" component="h5">
                {t('reportPage.capabilityHeading', {
                  capability: capability.title,
                  count: capability.checks.length,
                })}
              </Typography>
            }
          >
            {capability.checks.map(check => (
              <ReportCheckTable
                key={check.checkId}
                check={check}
                levels={levels}
              />
            ))}
          </ReportAccordion>
        ))}
      </ReportAccordion>
    </Box>
  );
}
