import { ConfigReader } from '@backstage/config';
import type { JsonValue } from '@backstage/types';
import { loadModelOrThrow } from '@devops-maturity/plugin-maturity-common';
import fs from 'fs';
import path from 'path';
import YAML from 'yaml';
import { defaultModelPath } from '../model/loadModels';
import { ModelRegistry } from '../model/ModelRegistry';
import { readConfigCampaigns } from './readConfigCampaigns';

const models = new ModelRegistry([
  loadModelOrThrow(fs.readFileSync(defaultModelPath(), 'utf8')),
]);
const read = (campaigns: JsonValue | undefined) =>
  readConfigCampaigns(new ConfigReader({ maturity: { campaigns } }), models);

const campaign = {
  id: 'a',
  title: 'A',
  owner: 'payments',
  modelId: 'caict-devops',
  targets: [{ domain: 'overall', level: 2 }],
  scope: { groups: ['payments'] },
  startDate: '2026-11-01',
  targetDate: '2027-01-01',
};

describe('readConfigCampaigns', () => {
  it('reads the demo campaign of the repository app-config', () => {
    const appConfig = YAML.parse(
      fs.readFileSync(
        path.resolve(__dirname, '../../../../app-config.yaml'),
        'utf8',
      ),
    );
    const [demo] = readConfigCampaigns(new ConfigReader(appConfig), models);
    expect(demo).toMatchObject({
      id: 'payments-tier1-sre-l3',
      source: 'config',
      state: 'active',
      targets: [{ domain: 'sre', level: 3 }],
      scope: {
        groups: ['group:default/payments-transaction-banking'],
        filter: { 'metadata.tags': 'tier-1' },
      },
    });
    expect(demo.startDate < demo.targetDate).toBe(true);
  });

  it('normalizes refs and defaults the state', () => {
    expect(read([campaign])).toEqual([
      {
        ...campaign,
        owner: 'group:default/payments',
        scope: { groups: ['group:default/payments'] },
        state: 'active',
        source: 'config',
        createdAt: '2026-11-01T00:00:00.000Z',
        updatedAt: '2026-11-01T00:00:00.000Z',
      },
    ]);
    expect(read(undefined)).toEqual([]);
  });

  it('names maturity.campaigns[i].field of a bad campaign', () => {
    const { id: _id, ...withoutId } = campaign;
    expect(() => read([campaign, withoutId])).toThrow(
      'Invalid campaign in app-config: maturity.campaigns[1].id: is required in app-config',
    );
    expect(() => read([campaign, campaign])).toThrow(
      'maturity.campaigns[1].id: "a" is declared twice',
    );
    expect(() =>
      read([{ ...campaign, startDate: '2027-02-01', modelId: 'x' }]),
    ).toThrow(
      'maturity.campaigns[0].modelId: unknown model "x"; maturity.campaigns[0].targetDate: must be after startDate (2027-02-01)',
    );
  });
});
