import { listItem } from './__testUtils__/fakeMaturityApi';
import { parseEntityListPage } from './parseEntityListPage';

const item = () =>
  listItem(
    'checkout',
    { level: 2, score: 0.5 },
    {
      sre: { level: 3, score: 0.75 },
    },
  );

function reason(body: unknown): string {
  try {
    parseEntityListPage(body);
  } catch (error) {
    return (error as Error).message.replace(
      'GET /entities of the maturity backend answered a page whose ',
      '',
    );
  }
  return 'accepted';
}

describe('parseEntityListPage', () => {
  it('accepts a page of evaluated entities, levels that do not apply included', () => {
    const notApplicable = listItem(
      'docs',
      { level: null, score: 0 },
      {
        sre: { level: null, score: 0 },
      },
    );
    const page = {
      items: [item(), notApplicable],
      totalCount: 3,
      nextCursor: 'c',
    };
    expect(parseEntityListPage(page)).toBe(page);
  });

  it('names the first field that is missing or out of range', () => {
    expect(reason({})).toBe('items is not an array');
    expect(reason({ items: [item()], nextCursor: 7 })).toBe(
      'nextCursor is not a string',
    );
    expect(
      reason({ items: [item(), { ...item(), entityRef: undefined }] }),
    ).toBe('items[1].entityRef is not a string');
    expect(reason({ items: [{ ...item(), evaluatedAt: 'yesterday' }] })).toBe(
      'items[0].evaluatedAt is not a date-time',
    );
    expect(reason({ items: [{ ...item(), level: 2.5 }] })).toBe(
      'items[0].level is not an integer from 0 to 5 or null',
    );
    expect(reason({ items: [{ ...item(), score: 75 }] })).toBe(
      'items[0].score is not a number from 0 to 1',
    );
    expect(reason({ items: [{ ...item(), domains: [] }] })).toBe(
      'items[0].domains is not an object',
    );
    expect(
      reason({
        items: [{ ...item(), domains: { sre: { level: 3, score: '1' } } }],
      }),
    ).toBe('items[0].domains.sre.score is not a number from 0 to 1');
  });
});
