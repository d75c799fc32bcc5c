import { IconLinkVertical } from '@backstage/core-components';
import { screen } from '@testing-library/react';
import { fakeMaturityApi, notFoundError } from '../../__testUtils__/fakes';
import { scorecard } from '../../__testUtils__/fixtures';
import { renderWithApis, testEntity } from '../../__testUtils__/render';
import { useMaturityIconLinkProps } from './useMaturityIconLinkProps';

function MaturityIconLink() {
  return <IconLinkVertical {...useMaturityIconLinkProps()} />;
}

describe('useMaturityIconLinkProps', () => {
  it("shows the entity's overall level linking to its Maturity tab", async () => {
    const api = fakeMaturityApi({ getScorecard: async () => scorecard });
    await renderWithApis(<MaturityIconLink />, {
      api,
      entity: testEntity('orders-api', 'API'),
    });
    const link = await screen.findByRole('link', {
      name: /Maturity Level 1 · Initial/,
    });
    expect(link).toHaveAttribute(
      'href',
      '/catalog/default/api/orders-api/maturity',
    );
    expect(api.getScorecard).toHaveBeenCalledWith('api:default/orders-api');
  });

  it('says when the entity is not evaluated yet', async () => {
    const api = fakeMaturityApi({
      getScorecard: async () => Promise.reject(notFoundError()),
    });
    await renderWithApis(<MaturityIconLink />, {
      api,
      entity: testEntity('ledger-db', 'Resource'),
    });
    expect(
      await screen.findByText('Maturity: not evaluated'),
    ).toBeInTheDocument();
  });

  it('says when the level is unavailable', async () => {
    const api = fakeMaturityApi({
      getScorecard: async () => Promise.reject(new Error('backend down')),
    });
    await renderWithApis(<MaturityIconLink />, {
      api,
      entity: testEntity('broken-api', 'API'),
    });
    expect(
      await screen.findByText('Maturity: unavailable'),
    ).toBeInTheDocument();
  });

  it('speaks Simplified Chinese', async () => {
    const api = fakeMaturityApi({
      getScorecard: async () => Promise.reject(notFoundError()),
    });
    await renderWithApis(<MaturityIconLink />, {
      api,
      entity: testEntity('zh-api', 'API'),
      language: 'zh-CN',
    });
    expect(await screen.findByText(/成熟度/)).toBeInTheDocument();
  });
});
