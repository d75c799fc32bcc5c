import { lazy } from 'react';

/*
 * The /maturity page's panels other than the org dashboard, loaded when
 * shown: the dashboard (the page's first view) does not wait for them.
 */

/** The model explorer tab. */
export const ModelExplorer = lazy(() =>
  import('../ModelExplorer').then(m => ({ default: m.ModelExplorer })),
);

/** The campaigns tab: the list. */
export const CampaignList = lazy(() =>
  import('../CampaignList').then(m => ({ default: m.CampaignList })),
);

/** The campaigns tab: one campaign. */
export const CampaignPage = lazy(() =>
  import('../CampaignPage').then(m => ({ default: m.CampaignPage })),
);

/** The reports tab: saved reports and the report builder. */
export const ReportsTab = lazy(() =>
  import('../ReportsTab').then(m => ({ default: m.ReportsTab })),
);

/** The reports tab: one report. */
export const ReportPage = lazy(() =>
  import('../ReportPage').then(m => ({ default: m.ReportPage })),
);

/** The evaluation runs tab. */
export const RunsTab = lazy(() =>
  import('../RunsTab').then(m => ({ default: m.RunsTab })),
);
