import { screen } from '@testing-library/react';
import { fakeMaturityApi } from '../../__testUtils__/fakes';
import { modelList } from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/render';
import { systemReport } from '../../__testUtils__/reportFixtures';
import { ReportPage } from './ReportPage';

jest.setTimeout(30_000);

// Its own file: permission decisions are cached per test file.
describe('ReportPage without maturity.report.create', () => {
  it('offers no save without maturity.report.create', async () => {
    await renderWithApis(
      <ReportPage
        scope={{ kind: 'system', namespace: 'default', name: 'online-payment' }}
      />,
      {
        api: fakeMaturityApi({
          listModels: async () => modelList,
          getReport: async () => systemReport(),
          listSavedReports: async () => ({ items: [] }),
        }),
        allowed: [],
      },
    );
    await screen.findByRole('table', { name: 'Level per domain' });
    expect(
      screen.queryByRole('button', { name: 'Save this report' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByText('No report of this scope has been saved yet.'),
    ).toBeInTheDocument();
  });
});
