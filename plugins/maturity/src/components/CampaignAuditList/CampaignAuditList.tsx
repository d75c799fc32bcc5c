import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import type { CampaignAuditEntry } from '../../api/campaignTypes';
import { formatDateTime } from '../../lib/time';
import { useMaturityTranslation } from '../../translation';

/** The changed fields of an audit entry, e.g. "targetDate, targets". */
function changedFields(changes: object): string[] {
  const record = changes as Record<string, unknown>;
  const after = record.after;
  const before = record.before;
  if (
    after &&
    typeof after === 'object' &&
    before &&
    typeof before === 'object'
  ) {
    const a = after as Record<string, unknown>;
    const b = before as Record<string, unknown>;
    return [...new Set([...Object.keys(a), ...Object.keys(b)])]
      .filter(key => !/^(updatedAt|updatedBy)$/.test(key))
      .filter(key => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
  }
  return Object.keys(record);
}

/** Props of {@link CampaignAuditList}. */
export interface CampaignAuditListProps {
  items: CampaignAuditEntry[];
}

/** Who created, changed and archived a campaign, and when. */
export function CampaignAuditList(props: CampaignAuditListProps) {
  const { t, language } = useMaturityTranslation();
  if (props.items.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {t('campaignAuditList.empty')}
      </Typography>
    );
  }
  return (
    <List dense aria-label={t('campaignAuditList.aria')}>
      {props.items.map((entry, i) => {
        const fields =
          entry.action === 'update' ? changedFields(entry.changes) : [];
        return (
          <ListItem key={`${entry.at}-${i}`} disableGutters>
            <ListItemText
              primary={t(`campaignAuditList.${entry.action}`, {
                actor: entry.actor,
                time: formatDateTime(entry.at, language),
              })}
              secondary={
                fields.length
                  ? t('campaignAuditList.changed', {
                      fields: fields.join(t('common.listSeparator')),
                    })
                  : undefined
              }
            />
          </ListItem>
        );
      })}
    </List>
  );
}
