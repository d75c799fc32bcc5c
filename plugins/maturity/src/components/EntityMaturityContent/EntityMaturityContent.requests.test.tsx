import type { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import {
  expandScorecard,
  ScorecardResults,
} from '@devops-maturity/plugin-maturity-common';
import { act, screen, waitFor } from '@testing-library/react';
import userEventApi from '@testing-library/user-event';
import { useState } from 'react';
import { model, scorecard } from '../../__testUtils__/fixtures';
import { renderWithApis, testEntity } from '../../__testUtils__/render';
import { MaturityClient } from '../../api/MaturityClient';
import { EntityMaturityContent } from './EntityMaturityContent';

const userEvent = userEventApi.setup({ delay: null });
const BASE = 'http://backend.test/api/maturity';

/** The stored results of an entity under the fixture model. */
function resultsOf(entityRef: string): ScorecardResults {
  return {
    entityRef,
    modelId: model.id,
    modelVersion: model.version,
    level: 1,
    score: 0.5,
    evaluatedAt: scorecard.evaluatedAt,
    updatedAt: scorecard.updatedAt,
    domains: scorecard.domains
      .filter(d => model.domains.some(m => m.id === d.domainId))
      .map(d => ({
        domainId: d.domainId,
        level: d.level,
        score: d.score,
        counts: d.counts,
      })),
    checks: [
      {
        checkId: 'pe-catalog-entry',
        status: 'passed',
        message: 'owner set',
        source: 'catalog',
      },
    ],
  };
}

/** What the maturity backend answers to a GET of `url`. */
function answer(url: string): unknown {
  const path = url.slice(BASE.length).split('?')[0];
  const scorecardPath = path.match(
    /^\/entities\/([^/]+)\/([^/]+)\/([^/]+)\/scorecard$/,
  );
  if (scorecardPath) {
    const [, kind, namespace, name] = scorecardPath;
    const results = resultsOf(`${kind}:${namespace}/${name}`);
    return url.includes('view=results')
      ? results
      : expandScorecard(model, results);
  }
  if (path === `/models/${model.id}`) return model;
  if (path === '/attestations') return { items: [], audit: [] };
  return { items: [] };
}

/**
 * A maturity client over a backend that holds every answer until the test
 * releases them, recording the requests.
 */
function heldBackend() {
  const held: Array<() => void> = [];
  let holding = true;
  const fetch = jest.fn(
    (url: string) =>
      new Promise<Response>(resolve => {
        const send = () =>
          resolve(
            new Response(JSON.stringify(answer(url)), {
              headers: { 'Content-Type': 'application/json' },
            }),
          );
        if (holding) held.push(send);
        else send();
      }),
  );
  const client = new MaturityClient({
    discoveryApi: { getBaseUrl: async () => BASE },
    fetchApi: { fetch: fetch as any },
  });
  const getScorecard = jest.spyOn(client, 'getScorecard');
  const urls = () => fetch.mock.calls.map(c => c[0].slice(BASE.length));
  return {
    client,
    /** Waits for every scorecard asked for so far. */
    scorecardsDone: () =>
      act(async () => {
        await Promise.allSettled(getScorecard.mock.results.map(r => r.value));
      }),
    urls,
    modelRequests: () => urls().filter(u => u.startsWith('/models/')),
    /** Answers everything asked so far, and holds new requests again. */
    release: () => held.splice(0).forEach(send => send()),
    /** Answers everything from now on. */
    answerAll: () => {
      holding = false;
      held.splice(0).forEach(send => send());
    },
  };
}

/** The Maturity tab of one entity after the other, "Next" switching. */
function EntitySwitcher(props: { entities: Entity[]; modelId?: string }) {
  const [index, setIndex] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setIndex(index + 1)}>
        Next
      </button>
      <EntityProvider entity={props.entities[index]}>
        <EntityMaturityContent modelId={props.modelId} />
      </EntityProvider>
    </>
  );
}

jest.setTimeout(30_000);

describe('EntityMaturityContent requests', () => {
  it('asks for the scorecard, the model, the campaigns and the history together, then the model once for the next entity', async () => {
    const backend = heldBackend();
    await renderWithApis(
      <EntitySwitcher
        modelId={model.id}
        entities={[testEntity('first'), testEntity('second')]}
      />,
      { api: backend.client },
    );
    await waitFor(() =>
      expect(backend.urls()).toEqual(
        expect.arrayContaining([
          `/entities/component/default/first/scorecard?model=${model.id}&view=results`,
          `/models/${model.id}`,
          '/entities/component/default/first/campaigns',
          `/entities/component/default/first/history?model=${model.id}`,
        ]),
      ),
    );
    // Nothing has been answered yet: both were asked before either came back.
    expect(screen.queryByText(model.title)).not.toBeInTheDocument();
    backend.release();
    expect(await screen.findByText(model.title)).toBeInTheDocument();

    backend.answerAll();
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() =>
      expect(backend.urls()).toContain(
        `/entities/component/default/second/scorecard?model=${model.id}&view=results`,
      ),
    );
    await backend.scorecardsDone();
    expect(await screen.findByText(model.title)).toBeInTheDocument();
    expect(backend.modelRequests()).toEqual([`/models/${model.id}`]);
  });

  it('fetches the first scorecard of the default model whole, later ones as results with the model fetched alongside once', async () => {
    const backend = heldBackend();
    await renderWithApis(
      <EntitySwitcher
        entities={[testEntity('one'), testEntity('two'), testEntity('three')]}
      />,
      { api: backend.client },
    );
    await waitFor(() =>
      expect(backend.urls()).toContain(
        '/entities/component/default/one/scorecard',
      ),
    );
    backend.release();
    expect(await screen.findByText(model.title)).toBeInTheDocument();
    expect(backend.modelRequests()).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() =>
      expect(backend.urls()).toEqual(
        expect.arrayContaining([
          '/entities/component/default/two/scorecard?view=results',
          `/models/${model.id}`,
        ]),
      ),
    );
    backend.answerAll();
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() =>
      expect(backend.urls()).toContain(
        '/entities/component/default/three/scorecard?view=results',
      ),
    );
    await backend.scorecardsDone();
    expect(await screen.findByText(model.title)).toBeInTheDocument();
    expect(backend.modelRequests()).toEqual([`/models/${model.id}`]);
  });
});
