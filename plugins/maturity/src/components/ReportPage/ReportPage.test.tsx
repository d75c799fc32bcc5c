// Hostile URLs on purpose: they must never become links.
/* eslint-disable no-script-url */
import {
  act,
  fireEvent,
  screen,
  waitFor,
  within,
} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeMaturityApi } from '../../__testUtils__/fakes';
import { modelList } from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/render';
import { savedReport, systemReport } from '../../__testUtils__/reportFixtures';
import { ReportPage } from './ReportPage';

jest.setTimeout(30_000);

// Permission decisions are cached per test file: every test here may save.
const CAN_SAVE = ['maturity.report.create'];

const scope = {
  kind: 'system' as const,
  namespace: 'default',
  name: 'online-payment',
};

function apiWith(overrides = {}) {
  return fakeMaturityApi({
    listModels: async () => modelList,
    getReport: async () => systemReport(),
    listSavedReports: async () => ({ items: [] }),
    ...overrides,
  });
}

describe('ReportPage', () => {
  it('shows the cover and the level of every domain, sections collapsed', async () => {
    const api = apiWith();
    await renderWithApis(<ReportPage scope={scope} />, {
      api,
      allowed: CAN_SAVE,
    });
    expect(
      await screen.findByRole('heading', {
        name: 'Maturity report: Online Payment Platform',
      }),
    ).toBeInTheDocument();
    expect(api.getReport).toHaveBeenCalledWith(
      'system:default/online-payment',
      { model: undefined, domains: undefined },
    );
    const cover = screen.getByLabelText('Cover');
    expect(cover).toHaveTextContent(
      'system:default/online-payment — system with its parts',
    );
    expect(cover).toHaveTextContent(
      'CAICT DevOps Capability Maturity Model (caict-devops), version 1.0.0',
    );
    expect(cover).toHaveTextContent('user:default/auditor');

    const summary = screen.getByRole('table', { name: 'Level per domain' });
    const rows = within(summary)
      .getAllByRole('row')
      .slice(1)
      .map(row => row.textContent);
    expect(rows).toEqual([
      'Continuous DeliveryYD/T 3763.3Level 3 · Comprehensive80%2',
      'Site Reliability EngineeringYD/T 3763.6Level 2 · Foundation42%2',
      'Overall–Level 2 · Foundation61%2',
    ]);
    expect(
      screen.getByRole('heading', {
        name: 'Continuous Delivery — Level 3 · Comprehensive',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', {
        name: 'Site Reliability Engineering — Level 2 · Foundation',
      }),
    ).toBeInTheDocument();
    // Collapsed: the checks are not rendered until the domain is opened.
    expect(
      screen.queryByRole('table', {
        name: 'Results of Release runbook per entity',
      }),
    ).not.toBeInTheDocument();
    // Opening a domain shows its history, gaps and collapsed capabilities.
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Continuous Delivery — Level 3 · Comprehensive',
      }),
    );
    expect(
      await screen.findByRole('table', {
        name: 'Level of Continuous Delivery at the end of each month',
      }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('table', {
        name: 'Results of Release runbook per entity',
      }),
    ).not.toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Deployment pipeline (1 check)' }),
    );
    expect(
      await screen.findByRole('table', {
        name: 'Results of Release runbook per entity',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('table', { name: 'The levels of the model' }),
    ).toHaveTextContent('Level 3 · ComprehensiveComprehensive practices');
  });

  it('shows the evidence of each result, hostile text as text, links only for http(s)', async () => {
    await renderWithApis(<ReportPage scope={scope} />, {
      api: apiWith(),
      allowed: CAN_SAVE,
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Expand all for printing' }),
    );
    const runbook = screen.getByRole('table', {
      name: 'Results of Release runbook per entity',
    });
    expect(runbook).toHaveTextContent(
      'maturity/runbook: <script>alert(1)</script>',
    );
    expect(runbook).toHaveTextContent('maturity/runbook: not set');
    expect(document.querySelector('[data-maturity-report] script')).toBeNull();
    expect(
      within(runbook).getByRole('link', { name: /^Runbook/ }),
    ).toHaveAttribute('href', 'https://wiki.example.com/runbook');
    expect(within(runbook).getByText('Bad link').closest('a')).toBeNull();

    const drill = screen.getByRole('table', {
      name: 'Results of Disaster recovery drill per entity',
    });
    expect(
      within(drill).getByRole('link', {
        name: /^https:\/\/wiki\.example\.com\/dr-drill-2026/,
      }),
    ).toHaveAttribute('href', 'https://wiki.example.com/dr-drill-2026');
    expect(drill).toHaveTextContent(
      /Attested by user:default\/sre-lead on .*2026, expires .*2027/,
    );
    expect(drill).toHaveTextContent('Comment: Annual drill');
    expect(drill).toHaveTextContent(/slo = 99\.9 \(recorded .*2026/);
    expect(
      within(drill).getByText('javascript:alert(3)').closest('a'),
    ).toBeNull();
    expect(drill).toHaveTextContent(
      'Waived by user:default/cto: Legacy mainframe, replaced in Q2',
    );
    expect(drill).toHaveTextContent(/Waiver expires .*2027/);
    expect(
      screen.getByText(
        'Canary releases — not met by component:default/quickpay-gateway',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('table', {
        name: 'Level of Continuous Delivery at the end of each month',
      }),
    ).toHaveTextContent('LevelL2L3L3');
  });

  it('prints with every section open', async () => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => {});
    await renderWithApis(<ReportPage scope={scope} />, {
      api: apiWith(),
      allowed: CAN_SAVE,
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Print / Save as PDF' }),
    );
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(
      screen.getByRole('table', {
        name: 'Results of Disaster recovery drill per entity',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Collapse all' }),
    ).toBeInTheDocument();
    print.mockRestore();
  });

  it("opens every section before the browser's own print", async () => {
    await renderWithApis(<ReportPage scope={scope} />, {
      api: apiWith(),
      allowed: CAN_SAVE,
    });
    await screen.findByRole('table', { name: 'Level per domain' });
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(
      screen.getByRole('table', {
        name: 'Results of Release runbook per entity',
      }),
    ).toBeInTheDocument();
  });

  it('asks for the chosen domains again', async () => {
    const api = apiWith();
    await renderWithApis(<ReportPage scope={scope} />, {
      api,
      allowed: CAN_SAVE,
    });
    await screen.findByRole('table', { name: 'Level per domain' });
    fireEvent.mouseDown(
      screen.getByRole('button', { name: /Domains \(CAICT parts\)/ }),
    );
    await userEvent.click(
      await screen.findByRole('option', {
        name: 'Site Reliability Engineering',
      }),
    );
    await waitFor(() =>
      expect(api.getReport).toHaveBeenLastCalledWith(
        'system:default/online-payment',
        { model: undefined, domains: ['sre'] },
      ),
    );
  });

  it('renders in Chinese with the Chinese fixed texts', async () => {
    await renderWithApis(<ReportPage scope={scope} />, {
      api: apiWith(),
      allowed: CAN_SAVE,
      language: 'zh-CN',
    });
    expect(
      await screen.findByRole('heading', { name: '概要' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: '打印 / 另存为 PDF' }),
    ).toBeInTheDocument();
  });

  it('saves the report with its domains and language, then lists it with its hash', async () => {
    let saved = false;
    const api = apiWith({
      saveReport: async () => {
        saved = true;
        return savedReport;
      },
      listSavedReports: async () => ({ items: saved ? [savedReport] : [] }),
      getSavedReport: async () => new Blob(['<html></html>']),
    });
    await renderWithApis(<ReportPage scope={scope} />, {
      api,
      allowed: CAN_SAVE,
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Save this report' }),
    );
    expect(api.saveReport).toHaveBeenCalledWith({
      scope: 'system:default/online-payment',
      model: 'caict-devops',
      lang: 'en',
    });
    const list = await screen.findByRole('table', {
      name: 'Saved reports of system:default/online-payment',
    });
    const hash = within(list).getByText(/^ab12cd34ef56/);
    expect(hash).toHaveAttribute('title', savedReport.sha256);
    expect(list).toHaveTextContent('user:default/auditor');
    expect(list).toHaveTextContent('caict-devops 1.0.0');
    expect(list).toHaveTextContent('20 KB');
    const createObjectURL = jest.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    await userEvent.click(
      within(list).getByRole('button', { name: /as HTML$/ }),
    );
    expect(api.getSavedReport).toHaveBeenCalledWith('r-1', 'html');
    expect(createObjectURL).toHaveBeenCalled();
  });

  it('says so when the scope is not in the catalog', async () => {
    const notFound = Object.assign(new Error('404'), {
      name: 'ResponseError',
      statusCode: 404,
      cause: { name: 'NotFoundError', message: 'No system' },
    });
    await renderWithApis(<ReportPage scope={scope} />, {
      allowed: CAN_SAVE,
      api: apiWith({ getReport: async () => Promise.reject(notFound) }),
    });
    expect(
      await screen.findByText(
        'No report for system:default/online-payment: it is not a system or group of the catalog.',
      ),
    ).toBeInTheDocument();
  });
});
