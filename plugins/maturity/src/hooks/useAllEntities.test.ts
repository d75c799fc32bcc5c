import { fetchAllEntities } from './useAllEntities';
import { entities } from '../__testUtils__/fixtures';

describe('fetchAllEntities', () => {
  it('follows cursors and reports truncation', async () => {
    const list = jest.fn(async (query: { cursor?: string }) => ({
      items: [entities[0]],
      totalCount: 50_000,
      nextCursor: `${Number(query.cursor ?? 0) + 1}`,
    }));
    const result = await fetchAllEntities(list, { group: 'group:default/a' });
    expect(list).toHaveBeenCalledTimes(10);
    expect(list).toHaveBeenNthCalledWith(2, {
      group: 'group:default/a',
      cursor: '1',
      limit: 1000,
    });
    expect(result).toMatchObject({ totalCount: 50_000, truncated: true });
    expect(result.items).toHaveLength(10);
  });
});
