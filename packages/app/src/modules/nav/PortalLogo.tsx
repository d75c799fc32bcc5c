import {
  Link,
  sidebarConfig,
  useSidebarOpenState,
} from '@backstage/core-components';
import { makeStyles, Typography } from '@material-ui/core';

const useStyles = makeStyles({
  root: {
    width: sidebarConfig.drawerWidthClosed,
    height: 3 * sidebarConfig.logoHeight,
    display: 'flex',
    flexFlow: 'row nowrap',
    alignItems: 'center',
    marginBottom: -14,
  },
  link: { marginLeft: 24, color: 'inherit', textDecoration: 'none' },
  mark: { fontWeight: 700, whiteSpace: 'nowrap', color: '#fff' },
});

/** The sidebar's wordmark: "HB" when collapsed, the bank's name when open. */
export const PortalLogo = () => {
  const classes = useStyles();
  const { isOpen } = useSidebarOpenState();
  return (
    <div className={classes.root}>
      <Link to="/" underline="none" className={classes.link} aria-label="Home">
        <Typography variant="h6" component="span" className={classes.mark}>
          {isOpen ? 'Harbor Bank' : 'HB'}
        </Typography>
      </Link>
    </div>
  );
};
