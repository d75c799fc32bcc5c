import Button from '@material-ui/core/Button';
import DescriptionIcon from '@material-ui/icons/Description';
import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useReportLink } from '../../hooks/useReportLink';
import { useMaturityTranslation } from '../../translation';

/**
 * A "Report" link (styled as a button) to the assessment report of a system
 * or a group; nothing for other kinds or when the `/maturity` page is not
 * mounted.
 */
export function ReportLinkButton(props: { entityRef: string }) {
  const { t } = useMaturityTranslation();
  const navigate = useNavigate();
  const path = useReportLink()(props.entityRef);
  if (!path) return null;
  const onClick = (event: MouseEvent) => {
    // A plain click navigates in the app; modified clicks open a new tab.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button) {
      return;
    }
    event.preventDefault();
    navigate(path);
  };
  return (
    <Button
      component="a"
      href={path}
      onClick={onClick}
      variant="outlined"
      color="primary"
      size="small"
      startIcon={<DescriptionIcon />}
    >
      {t('reportLink.label')}
    </Button>
  );
}
