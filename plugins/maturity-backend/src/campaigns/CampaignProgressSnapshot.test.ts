import type { CampaignEntityProgress } from '@devops-maturity/plugin-maturity-common';
import type { CampaignProgressHead } from './CampaignProgressSnapshot';
import { snapshotOf } from './__testUtils__/snapshotOf';

const head = {
  inScope: 5,
  meeting: 2,
  teams: [],
  burnup: [],
  warnings: [],
} as unknown as CampaignProgressHead;

const entity = (
  name: string,
  remaining: number,
  title?: string,
): CampaignEntityProgress => ({
  entityRef: `component:default/${name}`,
  ...(title ? { title } : {}),
  kind: 'Component',
  meets: remaining === 0,
  targets: [],
  remainingChecks: Array.from({ length: remaining }, (_, i) => ({
    checkId: `c${i}`,
    title: `C${i}`,
    domain: 'sre',
    level: 3,
    status: 'failed',
  })),
});

const T1 = 'group:default/t1';
const T2 = 'group:default/t2';

function withReads() {
  return snapshotOf(head, [
    { progress: entity('zeta', 0), teams: [T1] },
    { progress: entity('beta', 1, 'Payments API'), teams: [T1] },
    { progress: entity('alpha', 1), teams: [T1, T2] },
    { progress: entity('gamma', 3), teams: [T2] },
    { progress: entity('delta', 0), teams: [] },
  ]);
}

const snapshot = () => withReads().snapshot;

const names = (entities: readonly { entityRef: string }[]) =>
  entities.map(e => e.entityRef.replace('component:default/', ''));

describe('CampaignProgressSnapshot', () => {
  it('sorts by need: not meeting first, most remaining checks, then ref', () => {
    expect(names(snapshot().entities)).toEqual([
      'gamma',
      'alpha',
      'beta',
      'delta',
      'zeta',
    ]);
  });

  it('pages a selection and counts its matches, keeping the global figures', async () => {
    const s = snapshot();
    const page = await s.page({ filter: 'all', offset: 1, limit: 2 });
    expect(names(page.entities)).toEqual(['alpha', 'beta']);
    expect(page).toMatchObject({
      inScope: 5,
      meeting: 2,
      entityTotal: 5,
      entityOffset: 1,
      entityLimit: 2,
    });
    expect(
      (await s.page({ filter: 'all', offset: 10, limit: 2 })).entities,
    ).toEqual([]);
  });

  it('filters by meeting, team (nested teams included) and search', () => {
    const s = snapshot();
    const all = { filter: 'all' as const };
    expect(names([...s.matching({ filter: 'behind' })])).toEqual([
      'gamma',
      'alpha',
      'beta',
    ]);
    expect(names([...s.matching({ filter: 'meeting' })])).toEqual([
      'delta',
      'zeta',
    ]);
    expect(names([...s.matching({ ...all, team: T2 })])).toEqual([
      'gamma',
      'alpha',
    ]);
    expect(names([...s.matching({ ...all, q: 'payments' })])).toEqual(['beta']);
    expect(names([...s.matching({ ...all, q: 'ALPHA' })])).toEqual(['alpha']);
    expect(
      names([...s.matching({ filter: 'meeting', team: T1, q: 'e' })]),
    ).toEqual(['zeta']);
  });

  it('serializes a page as the object page, once per query', async () => {
    const s = snapshot();
    const query = { filter: 'behind' as const, offset: 0, limit: 2 };
    const encoded = await s.pageJson(query);
    expect(JSON.parse(encoded.json.toString())).toEqual(await s.page(query));
    expect(await s.pageJson({ ...query })).toBe(encoded);
    expect(await s.pageJson({ ...query, offset: 1 })).not.toBe(encoded);
  });

  it('finds an entity by ref', async () => {
    expect((await snapshot().entity('component:default/beta'))?.title).toBe(
      'Payments API',
    );
    expect(await snapshot().entity('component:default/none')).toBeUndefined();
  });

  it('reads remaining checks only for the entities returned', async () => {
    const { snapshot: s, reads } = withReads();
    const page = await s.page({ filter: 'all', offset: 0, limit: 2 });
    expect(page.entities.map(e => e.remainingChecks.length)).toEqual([3, 1]);
    expect(page.entities[0].remainingChecks[2]).toMatchObject({
      checkId: 'c2',
      title: 'C2',
    });
    await s.pageJson({ filter: 'meeting', offset: 1, limit: 1 });
    await s.entity('component:default/beta');
    expect(reads).toEqual([
      ['component:default/gamma', 'component:default/alpha'],
      ['component:default/zeta'],
      ['component:default/beta'],
    ]);
    // the snapshot itself holds no check: only counts
    expect(JSON.stringify(s.entities)).not.toContain('checkId');
  });

  it('reads the checks of CSV rows a chunk at a time, in need order', async () => {
    const { snapshot: s, reads } = withReads();
    const rows = [];
    for await (const row of s.progressOf({ filter: 'behind' })) rows.push(row);
    expect(names(rows)).toEqual(['gamma', 'alpha', 'beta']);
    expect(rows.map(r => r.remainingChecks.length)).toEqual([3, 1, 1]);
    expect(reads).toEqual([
      [
        'component:default/gamma',
        'component:default/alpha',
        'component:default/beta',
      ],
    ]);
  });
});
