import { Content, Header, Page } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import { useState } from 'react';
import { ModelExplorer } from '../ModelExplorer';
import { OrgDashboard } from '../OrgDashboard';
import { useMaturityTranslation } from '../../translation';

/**
 * Props of {@link MaturityPage}.
 *
 * @public
 */
export interface MaturityPageProps {
  /** The page title (default "Maturity"). */
  title?: string;
}

/**
 * The `/maturity` page: the org dashboard (heatmap of groups × domains,
 * drill-down, filters, trend, CSV export) and the model explorer.
 *
 * @public
 */
export function MaturityPage(props: MaturityPageProps) {
  const [tab, setTab] = useState<'dashboard' | 'model'>('dashboard');
  const { t } = useMaturityTranslation();
  return (
    <Page themeId="tool">
      <Header
        title={props.title ?? t('maturityPage.title')}
        subtitle={t('maturityPage.subtitle')}
      />
      <Content>
        <Box mb={2}>
          <Tabs
            value={tab}
            onChange={(_e, value) => setTab(value)}
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
          </Tabs>
        </Box>
        <div
          role="tabpanel"
          id={`maturity-panel-${tab}`}
          aria-labelledby={`maturity-tab-${tab}`}
        >
          {tab === 'dashboard' ? <OrgDashboard /> : <ModelExplorer />}
        </div>
      </Content>
    </Page>
  );
}
