import { LinkButton } from '@backstage/core-components';
import DescriptionIcon from '@material-ui/icons/Description';
import { useReportLink } from '../../hooks/useReportLink';
import { useMaturityTranslation } from '../../translation';

/**
 * A "Report" link to the assessment report of a system or a group; nothing
 * for other kinds or when the `/maturity` page is not mounted.
 */
export function ReportLinkButton(props: { entityRef: string }) {
  const { t } = useMaturityTranslation();
  const path = useReportLink()(props.entityRef);
  if (!path) return null;
  return (
    <LinkButton
      to={path}
      variant="outlined"
      color="primary"
      size="small"
      startIcon={<DescriptionIcon />}
    >
      {t('reportLink.label')}
    </LinkButton>
  );
}
