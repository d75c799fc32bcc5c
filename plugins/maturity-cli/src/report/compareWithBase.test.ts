import { compareWithBase, EntityLevels, levelsOf } from './compareWithBase';
import { domainView, entityReport } from './__testUtils__/reports';

const base = { path: 'base', form: 'catalog' as const };

function levels(
  entityRef: string,
  level: number | null,
  domains: Record<string, number | null>,
): EntityLevels {
  return {
    entityRef,
    level,
    domains: Object.entries(domains).map(([domainId, l]) => ({
      domainId,
      title: domainId.toUpperCase(),
      level: l,
    })),
  };
}

describe('compareWithBase', () => {
  it('reports changed levels per entity and domain, new and removed entities, lowered first', () => {
    const changes = compareWithBase(
      base,
      [
        levels('component:default/up', 1, { sre: 1, cd: 1 }),
        levels('component:default/same', 2, { sre: 2 }),
        levels('component:default/down', 3, { sre: 3, cd: 3 }),
        levels('component:default/gone', 2, { sre: 2 }),
      ],
      [
        levels('component:default/new', 1, { sre: 1 }),
        levels('component:default/up', 1, { sre: 2, cd: 1 }),
        levels('component:default/same', 2, { sre: 2 }),
        levels('component:default/down', 2, { sre: 3, cd: 2 }),
      ],
    );
    expect(changes.compared).toBe(3);
    expect(changes.unchanged).toBe(1);
    expect(changes.entities).toEqual([
      {
        entityRef: 'component:default/down',
        status: 'changed',
        level: { from: 3, to: 2 },
        domains: [{ domainId: 'cd', title: 'CD', from: 3, to: 2 }],
      },
      {
        entityRef: 'component:default/up',
        status: 'changed',
        level: { from: 1, to: 1 },
        domains: [{ domainId: 'sre', title: 'SRE', from: 1, to: 2 }],
      },
      {
        entityRef: 'component:default/new',
        status: 'new',
        level: { from: null, to: 1 },
        domains: [],
      },
      {
        entityRef: 'component:default/gone',
        status: 'removed',
        level: { from: 2, to: null },
        domains: [],
      },
    ]);
  });

  it('counts a domain that starts or stops applying as a change', () => {
    const changes = compareWithBase(
      base,
      [levels('component:default/a', 1, { sre: null })],
      [levels('component:default/a', 1, { sre: 1 })],
    );
    expect(changes.entities[0].domains).toEqual([
      { domainId: 'sre', title: 'SRE', from: null, to: 1 },
    ]);
  });
});

describe('levelsOf', () => {
  it('takes the level of each domain, null where it does not apply', () => {
    const entity = entityReport('a', {
      domains: [
        domainView({ level: 2 }),
        domainView({ domainId: 'cd', applicable: false, level: 0 }),
      ],
    });
    expect(levelsOf(entity)).toEqual({
      entityRef: 'component:default/a',
      level: 1,
      domains: [
        { domainId: 'sre', title: 'Site Reliability Engineering', level: 2 },
        { domainId: 'cd', title: 'Site Reliability Engineering', level: null },
      ],
    });
  });
});
