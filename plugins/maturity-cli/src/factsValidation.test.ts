import { CLI_TEST_TIMEOUT, fixture, runCli } from './__testUtils__/runCli';

jest.setTimeout(CLI_TEST_TIMEOUT);

const SMALL = fixture('models', 'small-model.yaml');
const PAYMENTS = fixture('catalog', 'payments.yaml');
const MISMATCHED = fixture('facts', 'mismatched-facts.yaml');

describe('facts files checked against the model and the catalog', () => {
  const expected = [
    `${MISMATCHED}:6:21 entities[0].facts.sloFactRetriever.sloDefined: techInsights.sloFactRetriever.sloDefined must be true or false (check sre-slo-defined compares it with equals), got the string 'yes'`,
    `${MISMATCHED}:7:9 entities[0].facts.sloFactRetriever.sloMett: fact 'sloMett' of sloFactRetriever is not read by model small-model (did you mean 'sloMet'?)`,
    `${MISMATCHED}:9:29 entities[0].facts.doraFactRetriever.deploymentsPerWeek: techInsights.doraFactRetriever.deploymentsPerWeek must be a number (check delivery-weekly compares it with gte), got the string '5'`,
    `${MISMATCHED}:10:7 entities[0].facts.doraFactRetrievr: 'doraFactRetrievr' is not read by model small-model (did you mean 'doraFactRetriever'?): no check or indicator uses techInsights.doraFactRetrievr.*`,
    `${MISMATCHED}:16:28 entities[0].history[0].facts.doraFactRetriever.leadTimeHours: techInsights.doraFactRetriever.leadTimeHours must be a number (check delivery-lead-time-down compares it with trend), got the string 'fast'`,
    `${MISMATCHED}:17:13 entities[1].entity: component:default/payment is not an entity of the catalog files evaluated (did you mean 'component:default/payments'?)`,
  ];

  it('evaluate exits 2 listing every unknown fact, wrong type and unknown entity with file:line:column', async () => {
    const run = await runCli([
      'evaluate',
      '--model',
      SMALL,
      PAYMENTS,
      '--facts',
      MISMATCHED,
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      'maturity evaluate: 6 problems in facts files:',
      ...expected.map(line => `  ${line}`),
    ]);
  });

  it('gate --offline and report check them the same way', async () => {
    const [gate, report] = await Promise.all([
      runCli([
        'gate',
        '--model',
        SMALL,
        '--min-level',
        '1',
        '--entity',
        'component:default/payments',
        '--offline',
        PAYMENTS,
        '--facts',
        MISMATCHED,
      ]),
      runCli([
        'report',
        '--model',
        SMALL,
        '--scope',
        'system:default/payments',
        PAYMENTS,
        '--facts',
        MISMATCHED,
      ]),
    ]);
    for (const run of [gate, report]) {
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('6 problems in facts files:');
      for (const line of expected) expect(run.stderr).toContain(line);
    }
  });

  it('accepts facts that fit the model and the catalog', async () => {
    const run = await runCli([
      'evaluate',
      '--model',
      SMALL,
      PAYMENTS,
      '--facts',
      fixture('facts', 'payments.yaml'),
      '-q',
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });
});

describe('pushed facts checked by the same rules', () => {
  it('reports wrong types, unknown sources and facts of pushed facts and their history (exit 2)', async () => {
    const file = fixture('facts', 'mismatched-pushed.yaml');
    const run = await runCli([
      'evaluate',
      '--model',
      fixture('models', 'pushed-model.yaml'),
      PAYMENTS,
      '--facts',
      file,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      'maturity evaluate: 5 problems in facts files:',
      `  ${file}:6:19 entities[0].pushed.ci.coverage: pushed.ci.coverage must be a number (check coverage-high compares it with gte), got the string 'high'`,
      `  ${file}:7:9 entities[0].pushed.ci.buildStatuss: fact 'buildStatuss' of ci is not read by model pushed-model (did you mean 'buildStatus'?)`,
      `  ${file}:8:7 entities[0].pushed.sec: 'sec' is not read by model pushed-model (it reads ci, security): no check or indicator uses pushed.sec.*`,
      `  ${file}:13:27 entities[0].history[0].pushed.ci.coverage: pushed.ci.coverage must be a number (check coverage-high compares it with gte), got the string '60'`,
      `  ${file}:15:11 entities[0].history[0].facts.doraFactRetriever: 'doraFactRetriever' is not read by model pushed-model: no check or indicator uses techInsights.doraFactRetriever.*`,
    ]);
  });
});

describe('a model file with two YAML documents', () => {
  it('tells the CLI user to put each model in a file of its own', async () => {
    const file = fixture('models', 'two-models.yaml');
    const run = await runCli(['evaluate', '--model', file, PAYMENTS]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `${file}:3:1 (yaml): a model file holds one model, but a second YAML document ('---') starts here: put each model in a file of its own`,
    );
    expect(run.stderr).not.toMatch(/parseAllDocuments/);
  });
});
