import { domainLevelFactName, maturityLevelsFactSchema } from './factSchema';

describe('domainLevelFactName', () => {
  it('camel-cases the domain id and appends Level', () => {
    expect(domainLevelFactName('sre')).toBe('sreLevel');
    expect(domainLevelFactName('continuous-delivery')).toBe(
      'continuousDeliveryLevel',
    );
    expect(domainLevelFactName('tier-2-ops')).toBe('tier2OpsLevel');
  });
});

describe('maturityLevelsFactSchema', () => {
  it('declares the fixed facts and one integer fact per domain', () => {
    const schema = maturityLevelsFactSchema('m', [
      { id: 'sre', title: 'SRE' },
      { id: 'continuous-delivery', title: 'Continuous Delivery' },
    ]);
    expect(
      Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, v.type])),
    ).toEqual({
      overallLevel: 'integer',
      score: 'float',
      modelId: 'string',
      evaluatedAt: 'datetime',
      domainLevels: 'object',
      domainScores: 'object',
      sreLevel: 'integer',
      continuousDeliveryLevel: 'integer',
    });
    expect(schema.sreLevel.description).toContain('"SRE" (sre)');
  });

  it('refuses two domains that would publish the same fact', () => {
    expect(() =>
      maturityLevelsFactSchema('m', [
        { id: 'ops-2', title: 'A' },
        { id: 'ops2', title: 'B' },
      ]),
    ).toThrow(
      "Model 'm': domain 'ops2' would publish the fact 'ops2Level', which domain 'ops-2' publishes too",
    );
  });

  it('refuses a domain whose fact would replace a fixed fact', () => {
    expect(() =>
      maturityLevelsFactSchema('m', [{ id: 'overall', title: 'Overall' }]),
    ).toThrow(
      "Model 'm': domain 'overall' would publish the fact 'overallLevel', which is a fixed fact",
    );
  });
});
