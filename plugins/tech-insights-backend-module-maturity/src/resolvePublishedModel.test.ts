import { ConfigReader } from '@backstage/config';
import { readConfiguredModels } from './readConfiguredModels';
import { resolvePublishedModel } from './resolvePublishedModel';

const inlineModel = {
  id: 'team-model',
  title: 'Team model',
  version: '1.0.0',
  levels: [1, 2, 3, 4, 5].map(level => ({ level, title: `Level ${level}` })),
  domains: [
    {
      id: 'delivery',
      title: 'Delivery',
      capabilities: [
        {
          id: 'pipelines',
          title: 'Pipelines',
          checks: [
            {
              id: 'has-owner',
              title: 'Has an owner',
              level: 1,
              rule: { fact: 'entity.spec.owner', operator: 'exists' },
              remediation: { markdown: 'Name an owner' },
            },
          ],
        },
      ],
    },
  ],
};

function resolve(data: object) {
  const config = new ConfigReader(data);
  return resolvePublishedModel(config, readConfiguredModels(config));
}

describe('resolvePublishedModel', () => {
  it('publishes the built-in CAICT model by default, with its domains', () => {
    const model = resolve({});
    expect(model.id).toBe('caict-devops');
    expect(model.domains?.map(d => d.id)).toEqual(
      expect.arrayContaining(['sre', 'continuous-delivery', 'devsecops']),
    );
  });

  it('follows maturity.defaultModelId, and techInsights.maturity.modelId over it', () => {
    const maturity = {
      models: [{ model: inlineModel }],
      defaultModelId: 'team-model',
    };
    expect(resolve({ maturity }).domains?.map(d => d.id)).toEqual(['delivery']);
    expect(
      resolve({
        maturity,
        techInsights: { maturity: { modelId: 'caict-devops' } },
      }).id,
    ).toBe('caict-devops');
  });

  it('takes the first configured model when the built-in one is left out', () => {
    expect(
      resolve({
        maturity: {
          includeDefaultModel: false,
          models: [{ model: inlineModel }],
        },
      }).id,
    ).toBe('team-model');
  });

  it('has no domains for a model the config does not define (a module adds it)', () => {
    expect(
      resolve({ techInsights: { maturity: { modelId: 'from-a-module' } } }),
    ).toEqual({ id: 'from-a-module', domains: undefined });
  });

  it('says what is missing when no model can be named', () => {
    expect(() => resolve({ maturity: { includeDefaultModel: false } })).toThrow(
      'techInsights.maturity.modelId is not set and the maturity config defines no model to default to',
    );
  });
});
