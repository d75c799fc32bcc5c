import type { RunRecord } from '@devops-maturity/plugin-maturity-common';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import { runErrorText } from '../../lib/runs';
import { useMaturityTranslation } from '../../translation';

/**
 * The recorded errors of a run, one a line, and how many more it counted
 * than it recorded.
 */
export function RunErrorDetails(props: { run: RunRecord; label: string }) {
  const i18n = useMaturityTranslation();
  const { run } = props;
  const unlisted = run.errors - run.errorDetails.length;
  return (
    <List dense aria-label={props.label}>
      {run.errorDetails.map((detail, index) => (
        <ListItem key={index}>
          <ListItemText primary={runErrorText(detail, i18n)} />
        </ListItem>
      ))}
      {unlisted > 0 && (
        <ListItem>
          <ListItemText
            secondary={i18n.t('runsTab.moreErrors', { count: unlisted })}
          />
        </ListItem>
      )}
    </List>
  );
}
