import { entities, groupRollup } from '../__testUtils__/fixtures';
import { entitiesCsv, rollupCsv } from './csvExports';

describe('csv exports', () => {
  it('writes entities with a level column per domain', () => {
    const lines = entitiesCsv(entities, [{ id: 'sre', title: 'SRE' }]).split(
      '\r\n',
    );
    expect(lines[0]).toBe(
      'entityRef,title,kind,type,lifecycle,owner,overallLevel,overallScore,SRE level,evaluatedAt',
    );
    expect(lines[3]).toBe(
      'component:default/fx-rates,fx-rates,Component,service,production,group:default/payments-core,0,0.2,,2024-05-01T10:00:00.000Z',
    );
  });

  it('writes rollup rows with averages and counts per domain', () => {
    const csv = rollupCsv(groupRollup.children, [{ id: 'sre', title: 'SRE' }]);
    expect(csv).toBe(
      'groupRef,title,parentRef,entities,overallAverageLevel,SRE average level,SRE entities\r\n' +
        'group:default/payments-core,Payments Core,group:default/payments,2,1.5,3,1',
    );
  });

  it('adds the entities no group owns as a last line', () => {
    const csv = rollupCsv(groupRollup.children, [{ id: 'sre', title: 'SRE' }], {
      entityCount: 4,
      overall: { ...groupRollup.overall, averageLevel: 0.5 },
      domains: {},
    });
    expect(csv.split('\r\n')[2]).toBe(',unowned,,4,0.5,,0');
  });
});
