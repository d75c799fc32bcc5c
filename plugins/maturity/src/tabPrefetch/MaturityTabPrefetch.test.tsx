import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReactNode, useState } from 'react';
import {
  entities,
  groupRollup,
  model,
  modelList,
  scorecard,
} from '../__testUtils__/fixtures';
import { renderWithApis, testEntity } from '../__testUtils__/render';
import { noStaleEvidence } from '../__testUtils__/staleFixtures';
import { MaturityClient } from '../api/MaturityClient';
import { EntityMaturityContent } from '../components/EntityMaturityContent';
import { GroupMaturityContent } from '../components/GroupMaturityContent';
import { MaturityTabPrefetch } from './MaturityTabPrefetch';

jest.setTimeout(30_000);

const BASE = 'http://backend.test/api/maturity';

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

/** What the maturity backend answers to a GET of `path`. */
function answer(path: string): Response {
  const [pathname] = path.split('?');
  if (pathname === '/models') return json(modelList);
  if (pathname === `/models/${model.id}`) return json(model);
  if (pathname.startsWith('/entities/group/')) {
    return json(
      {
        error: { name: 'NotFoundError', message: 'not evaluated' },
        response: { statusCode: 404 },
      },
      404,
    );
  }
  if (pathname.endsWith('/scorecard')) return json(scorecard);
  if (pathname === '/entities') {
    return json({ items: entities, totalCount: entities.length });
  }
  if (pathname === '/attestations') return json({ items: [], audit: [] });
  if (pathname === '/stale-evidence') return json(noStaleEvidence);
  if (pathname.endsWith('/rollup')) return json(groupRollup);
  if (pathname === '/indicators') {
    return json({
      modelId: model.id,
      groupRef: null,
      computedAt: null,
      indicators: [],
    });
  }
  return json({ items: [] });
}

/** A maturity client over a fake backend, recording the paths asked for. */
function backend(respond: (path: string) => Response = answer) {
  const fetch = jest.fn(async (url: string) => respond(url.slice(BASE.length)));
  const client = new MaturityClient({
    discoveryApi: { getBaseUrl: async () => BASE },
    fetchApi: { fetch: fetch as any },
  });
  const paths = () => fetch.mock.calls.map(c => c[0].slice(BASE.length));
  return { client, paths };
}

/** The prefetch at the app root; the tab once "Open tab" is clicked. */
function App(props: { tab: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <MaturityTabPrefetch />
      <button type="button" onClick={() => setOpen(true)}>
        Open tab
      </button>
      {open && props.tab}
    </>
  );
}

function repeated(paths: string[]) {
  return paths.filter((p, i) => paths.indexOf(p) !== i);
}

const entityTabPaths = [
  '/entities/component/default/quickpay-gateway/scorecard',
  '/attestations?entityRef=component%3Adefault%2Fquickpay-gateway',
  '/waivers?entityRef=component%3Adefault%2Fquickpay-gateway',
  '/entities/component/default/quickpay-gateway/campaigns',
  '/entities/component/default/quickpay-gateway/history',
];

describe('MaturityTabPrefetch', () => {
  it("asks for the entity tab's first requests on its route, and the tab uses their answers", async () => {
    const { client, paths } = backend();
    const entity = testEntity('quickpay-gateway');
    await renderWithApis(
      <App
        tab={
          <EntityProvider entity={entity}>
            <EntityMaturityContent />
          </EntityProvider>
        }
      />,
      {
        api: client,
        route: '/catalog/default/component/quickpay-gateway/maturity',
      },
    );
    await waitFor(() => expect(paths()).toEqual(entityTabPaths));

    await userEvent.click(screen.getByRole('button', { name: 'Open tab' }));
    expect(
      (await screen.findAllByText(scorecard.modelTitle!)).length,
    ).toBeGreaterThan(0);
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    expect(repeated(paths())).toEqual([]);
  });

  it("asks for the group tab's first requests on its route, and the tab uses their answers", async () => {
    const { client, paths } = backend();
    await renderWithApis(
      <App
        tab={
          <EntityProvider entity={testEntity('payments', 'Group')}>
            <GroupMaturityContent />
          </EntityProvider>
        }
      />,
      { api: client, route: '/catalog/default/group/payments/maturity' },
    );
    await waitFor(() => expect(paths()).toHaveLength(6));
    expect(paths()).toEqual(
      expect.arrayContaining([
        '/models',
        '/entities/group/default/payments/scorecard',
        '/entities?group=group%3Adefault%2Fpayments&limit=1000',
        '/groups/default/payments/rollup?weakest=0',
      ]),
    );

    await userEvent.click(screen.getByRole('button', { name: 'Open tab' }));
    expect(
      await screen.findByText(`Entities (${entities.length})`),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(paths()).toContain('/groups/default/payments/campaigns'),
    );
    expect(repeated(paths())).toEqual([]);
  });

  it('asks for nothing off the Maturity tabs', async () => {
    for (const route of [
      '/catalog/default/component/quickpay-gateway',
      '/catalog/default/user/guest/maturity',
      '/maturity',
    ]) {
      const { client, paths } = backend();
      const { unmount } = await renderWithApis(<MaturityTabPrefetch />, {
        api: client,
        route,
      });
      await new Promise(resolve => setTimeout(resolve, 50));
      expect(paths()).toEqual([]);
      unmount();
    }
  });

  it("shows a prefetched failure as the tab's own, without asking again", async () => {
    const { client, paths } = backend(path =>
      path.endsWith('/scorecard')
        ? json(
            {
              error: { name: 'Error', message: 'backend down' },
              response: { statusCode: 500 },
            },
            500,
          )
        : answer(path),
    );
    await renderWithApis(
      <App
        tab={
          <EntityProvider entity={testEntity('quickpay-gateway')}>
            <EntityMaturityContent />
          </EntityProvider>
        }
      />,
      {
        api: client,
        route: '/catalog/default/component/quickpay-gateway/maturity',
      },
    );
    await waitFor(() => expect(paths()).toHaveLength(5));
    await userEvent.click(screen.getByRole('button', { name: 'Open tab' }));
    expect(await screen.findByText(/backend down/)).toBeInTheDocument();
    expect(repeated(paths())).toEqual([]);
  });
});
