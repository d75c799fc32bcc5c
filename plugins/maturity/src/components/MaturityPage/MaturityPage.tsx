import { Content, Header, Page, Progress } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import { ReactNode, Suspense, useState } from 'react';
import { useRouteRef } from '@backstage/core-plugin-api';
import { matchPath, useLocation, useNavigate } from 'react-router-dom';
import { OrgDashboard } from '../OrgDashboard';
import {
  CampaignList,
  CampaignPage,
  ModelExplorer,
  ReportPage,
  ReportsTab,
  RunsTab,
} from './lazyPanels';
import { reportScopeOf } from '../../lib/reports';
import { useMaturityTranslation } from '../../translation';
import { rootRouteRef } from '../../routes';

/**
 * Props of {@link MaturityPage}.
 *
 * @public
 */
export interface MaturityPageProps {
  /** The page title (default "Maturity"). */
  title?: string;
}

/** A path segment decoded; as is when it is not valid percent-encoding. */
function decode(segment: string | undefined): string {
  try {
    return decodeURIComponent(segment ?? '');
  } catch {
    return segment ?? '';
  }
}

type TabId = 'dashboard' | 'model' | 'campaigns' | 'reports' | 'runs';

/**
 * The `/maturity` page: the org dashboard (heatmap of groups × domains,
 * drill-down, filters, trend, CSV export), the model explorer, and the
 * improvement campaigns at `/maturity/campaigns` (one at
 * `/maturity/campaigns/:campaignId`), and the assessment reports at
 * `/maturity/reports` (one at `/maturity/reports/:kind/:namespace/:name`,
 * kind `system` or `group`), and the evaluation runs at `/maturity/runs`.
 *
 * @public
 */
export function MaturityPage(props: MaturityPageProps) {
  /** The tab shown at the page's root: the dashboard or the model explorer. */
  const [rootTab, setRootTab] = useState<'dashboard' | 'model'>('dashboard');
  const { t } = useMaturityTranslation();
  const navigate = useNavigate();
  const base = useRouteRef(rootRouteRef)();
  const campaignsPath = `${base.replace(/\/$/, '')}/campaigns`;
  const reportsPath = `${base.replace(/\/$/, '')}/reports`;
  const runsPath = `${base.replace(/\/$/, '')}/runs`;
  // Matched by hand: the new frontend system renders pages outside any
  // react-router <Route>, so relative <Routes> would not see the page's path.
  const { pathname } = useLocation();
  const campaignId = matchPath(`${campaignsPath}/:campaignId`, pathname)?.params
    .campaignId;
  const onList = Boolean(matchPath(campaignsPath, pathname));
  const reportParams = matchPath(
    `${reportsPath}/:kind/:namespace/:name`,
    pathname,
  )?.params;
  const reportScope =
    reportParams &&
    reportScopeOf(
      `${reportParams.kind}:${decode(reportParams.namespace)}/${decode(
        reportParams.name,
      )}`,
    );
  const onReports = Boolean(matchPath(reportsPath, pathname));
  const onRuns = Boolean(matchPath(runsPath, pathname));

  const frame = (tab: TabId, panel: ReactNode) => (
    <Page themeId="tool">
      <Header
        title={props.title ?? t('maturityPage.title')}
        subtitle={t('maturityPage.subtitle')}
      />
      <Content>
        <Box mb={2}>
          <Tabs
            value={tab}
            onChange={(_e, value: TabId) => {
              if (value === 'campaigns') {
                navigate(campaignsPath);
              } else if (value === 'reports') {
                navigate(reportsPath);
              } else if (value === 'runs') {
                navigate(runsPath);
              } else {
                setRootTab(value);
                if (tab !== 'dashboard' && tab !== 'model') navigate(base);
              }
            }}
            indicatorColor="primary"
            aria-label={t('maturityPage.tabsAria')}
          >
            <Tab
              value="dashboard"
              label={t('maturityPage.dashboard')}
              id="maturity-tab-dashboard"
              aria-controls="maturity-panel-dashboard"
            />
            <Tab
              value="model"
              label={t('maturityPage.modelExplorer')}
              id="maturity-tab-model"
              aria-controls="maturity-panel-model"
            />
            <Tab
              value="campaigns"
              label={t('maturityPage.campaigns')}
              id="maturity-tab-campaigns"
              aria-controls="maturity-panel-campaigns"
            />
            <Tab
              value="reports"
              label={t('maturityPage.reports')}
              id="maturity-tab-reports"
              aria-controls="maturity-panel-reports"
            />
            <Tab
              value="runs"
              label={t('maturityPage.runs')}
              id="maturity-tab-runs"
              aria-controls="maturity-panel-runs"
            />
          </Tabs>
        </Box>
        <div
          role="tabpanel"
          id={`maturity-panel-${tab}`}
          aria-labelledby={`maturity-tab-${tab}`}
        >
          <Suspense fallback={<Progress />}>{panel}</Suspense>
        </div>
      </Content>
    </Page>
  );

  if (campaignId) {
    return frame(
      'campaigns',
      <CampaignPage campaignId={campaignId} listPath={campaignsPath} />,
    );
  }
  if (onList) return frame('campaigns', <CampaignList />);
  if (reportScope) {
    return frame(
      'reports',
      <ReportPage
        key={`${reportScope.kind}:${reportScope.namespace}/${reportScope.name}`}
        scope={reportScope}
      />,
    );
  }
  if (onReports || reportParams) {
    return frame('reports', <ReportsTab rootPath={base} />);
  }
  if (onRuns) return frame('runs', <RunsTab />);
  return frame(
    rootTab,
    rootTab === 'dashboard' ? <OrgDashboard /> : <ModelExplorer />,
  );
}
