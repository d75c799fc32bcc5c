import { ConfigReader } from '@backstage/config';
import { readPushedFactsConfig } from './readPushedFactsConfig';

const read = (pushedFacts: unknown) =>
  readPushedFactsConfig(new ConfigReader({ maturity: { pushedFacts } } as any));

describe('readPushedFactsConfig', () => {
  it('reads sources with their typed facts, with defaults for the limits', () => {
    expect(
      read({
        sources: {
          ci: {
            title: 'CI pipeline',
            facts: {
              coverage: { type: 'float', description: 'Line coverage' },
              tags: { type: 'set' },
            },
          },
        },
      }),
    ).toEqual({
      retentionDays: 400,
      maxBodyBytes: 64 * 1024,
      rateLimit: { requests: 120, windowSeconds: 60 },
      sources: {
        ci: {
          id: 'ci',
          title: 'CI pipeline',
          facts: {
            coverage: { type: 'float', description: 'Line coverage' },
            tags: { type: 'set' },
          },
        },
      },
    });
  });

  it('declares no source without the key', () => {
    expect(readPushedFactsConfig(new ConfigReader({})).sources).toEqual({});
  });

  it('takes the configured limits', () => {
    const config = read({
      retentionDays: 30,
      maxBodyKb: 8,
      rateLimit: { requests: 5, windowSeconds: 10 },
    });
    expect(config).toMatchObject({
      retentionDays: 30,
      maxBodyBytes: 8192,
      rateLimit: { requests: 5, windowSeconds: 10 },
    });
  });

  it('reports every problem naming its key', () => {
    let message = '';
    try {
      read({
        maxBodyKb: 0,
        rateLimit: { requests: 'many' },
        sources: {
          ci: {
            facts: {
              coverage: { type: 'flaot' },
              passed: {},
              'bad.name': { type: 'string', unit: '%' },
            },
          },
          'my.source': { facts: {} },
        },
      });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n').map(l => l.trim())).toEqual([
      'Invalid maturity.pushedFacts config:',
      'maturity.pushedFacts.maxBodyKb: expected a positive integer, got 0',
      'maturity.pushedFacts.rateLimit.requests: expected a positive integer, got "many"',
      `maturity.pushedFacts.sources.ci.facts.coverage.type: unknown type "flaot", expected one of integer, float, string, boolean, datetime, set, object (did you mean 'float'?)`,
      'maturity.pushedFacts.sources.ci.facts.passed.type: missing, expected one of integer, float, string, boolean, datetime, set, object',
      "maturity.pushedFacts.sources.ci.facts.bad.name: invalid fact name 'bad.name', expected letters, digits, '-' or '_' starting with a letter",
      'maturity.pushedFacts.sources.ci.facts.bad.name.unit: unknown key; expected type, description',
      "maturity.pushedFacts.sources.my.source: invalid source name 'my.source', expected letters, digits, '-' or '_' starting with a letter",
      'maturity.pushedFacts.sources.my.source.facts: expected at least one declared fact',
    ]);
  });
});
