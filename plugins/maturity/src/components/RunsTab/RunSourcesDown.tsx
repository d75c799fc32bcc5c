import type { RunRecord } from '@devops-maturity/plugin-maturity-common';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { sourceDownText } from '../../lib/runs';
import { useMaturityTranslation } from '../../translation';

/**
 * The evidence sources a run could not read, one a line, e.g.
 * "TechInsights: 104 entities", the source's first message in a tooltip.
 */
export function RunSourcesDown(props: {
  sourcesDown: RunRecord['sourcesDown'];
}) {
  const i18n = useMaturityTranslation();
  const sources = props.sourcesDown ?? [];
  if (sources.length === 0) return <>–</>;
  return (
    <>
      {sources.map(down => (
        <Tooltip key={down.source} title={down.message}>
          <Typography variant="body2" component="div" tabIndex={0}>
            {sourceDownText(down, i18n)}
          </Typography>
        </Tooltip>
      ))}
    </>
  );
}
