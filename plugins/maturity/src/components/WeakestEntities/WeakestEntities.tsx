import { EntityRefLink } from '@backstage/plugin-catalog-react';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import type {
  MaturityEntityLevel,
  MaturityLevelDefinition,
} from '../../api/types';
import { formatScore } from '../../lib/levels';
import { LevelChip } from '../LevelChip';
import { useMaturityTranslation } from '../../translation';

/**
 * Props of {@link WeakestEntities}.
 *
 * @public
 */
export interface WeakestEntitiesProps {
  /** The entities, weakest first. */
  items: MaturityEntityLevel[];
  levels?: MaturityLevelDefinition[];
}

/**
 * The lowest-level entities, weakest first.
 *
 * @public
 */
export function WeakestEntities(props: WeakestEntitiesProps) {
  const { items, levels } = props;
  const { t, language } = useMaturityTranslation();
  if (items.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {t('weakestEntities.empty')}
      </Typography>
    );
  }
  return (
    <List dense aria-label={t('weakestEntities.aria')}>
      {items.map(item => (
        <ListItem key={item.entityRef} disableGutters>
          <ListItemIcon style={{ minWidth: 88 }}>
            <LevelChip
              level={item.level}
              levels={levels}
              showTitle
              size="small"
            />
          </ListItemIcon>
          <ListItemText
            primary={
              <EntityRefLink
                entityRef={item.entityRef}
                title={item.title ?? item.name}
              />
            }
            secondary={
              item.ownerRef
                ? t('weakestEntities.scoreWithOwner', {
                    score: formatScore(item.score, language),
                    owner: item.ownerRef,
                  })
                : t('common.score', {
                    score: formatScore(item.score, language),
                  })
            }
          />
        </ListItem>
      ))}
    </List>
  );
}
