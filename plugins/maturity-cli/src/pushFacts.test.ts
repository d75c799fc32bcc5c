import fs from 'fs';
import os from 'os';
import path from 'path';
import { startFactsServer } from './__testUtils__/factsServer';
import { CLI_TEST_TIMEOUT, runCli } from './__testUtils__/runCli';

jest.setTimeout(CLI_TEST_TIMEOUT);

const TOKEN = 'ci-token-do-not-print';
const receipt = (stored: boolean) => ({
  entityRef: 'component:default/payments',
  source: 'github-actions',
  timestamp: '2026-03-01T12:00:00.000Z',
  stored,
});

describe('maturity push-facts', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maturity-push-facts-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('posts the facts of --fact and --facts-file with the token of MATURITY_TOKEN (exit 0)', async () => {
    const server = await startFactsServer([
      { status: 201, body: receipt(true) },
      { status: 200, body: receipt(false) },
    ]);
    try {
      const factsFile = path.join(dir, 'coverage.json');
      fs.writeFileSync(factsFile, '{"coverage": 50, "testsFailed": 0}');
      const args = [
        'push-facts',
        '--entity',
        'payments',
        '--source',
        'github-actions',
        '--timestamp',
        '2026-03-01T12:00:00Z',
        '--facts-file',
        factsFile,
        '--fact',
        'coverage=87.5',
        '--fact',
        'branch=main',
      ];
      const env = { MATURITY_URL: server.url, MATURITY_TOKEN: TOKEN };
      const first = await runCli(args, { env });
      expect(first).toEqual({
        code: 0,
        stdout:
          'stored 3 facts of component:default/payments from github-actions at 2026-03-01T12:00:00.000Z\n',
        stderr: '',
      });
      const again = await runCli(args, { env });
      expect(again.code).toBe(0);
      expect(again.stdout).toMatch(/^already stored: 3 facts of /);
      expect(server.requests[0]).toEqual({
        method: 'POST',
        path: '/api/maturity/facts',
        authorization: `Bearer ${TOKEN}`,
        contentType: 'application/json',
        body: {
          entityRef: 'component:default/payments',
          source: 'github-actions',
          timestamp: '2026-03-01T12:00:00Z',
          facts: { coverage: 87.5, testsFailed: 0, branch: 'main' },
        },
      });
    } finally {
      await server.close();
    }
  });

  it("prints the backend's refusal without the token (exit 1), retrying a 429 first", async () => {
    const server = await startFactsServer([
      { status: 429, headers: { 'retry-after': '0' } },
      {
        status: 403,
        body: {
          error: {
            name: 'NotAllowedError',
            message: 'token may not push for source github-actions',
          },
        },
      },
    ]);
    try {
      const run = await runCli([
        'push-facts',
        '--url',
        server.url,
        '--token',
        TOKEN,
        '--entity',
        'component:default/payments',
        '--source',
        'github-actions',
        '--fact',
        'coverage=87.5',
      ]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        'maturity push-facts: rate limited (429); retry 1 of 3 in 0 s\n' +
          'maturity push-facts: not allowed: the token may not push facts (403 NotAllowedError: token may not push for source github-actions)\n',
      );
      expect(server.requests).toHaveLength(2);
    } finally {
      await server.close();
    }
  });

  it('exits 2 on bad local input without asking the backend', async () => {
    const server = await startFactsServer([
      { status: 201, body: receipt(true) },
    ]);
    try {
      const base = ['push-facts', '--url', server.url];
      const env = { MATURITY_TOKEN: TOKEN };
      const ok = ['--entity', 'payments', '--source', 'ci'];
      const cases: Array<
        [string[], Record<string, string | undefined>, string]
      > = [
        [
          [...ok, '--fact', 'coverage'],
          env,
          "--fact 'coverage' must be name=value",
        ],
        [[...ok], env, 'no facts to push'],
        [
          [...ok, '--fact', 'a=1', '--timestamp', 'yesterday'],
          env,
          "--timestamp 'yesterday' must be an ISO 8601 date and time",
        ],
        [
          ['--source', 'ci', '--fact', 'a=1'],
          env,
          '--entity <entityRef> is required',
        ],
        [
          ['--entity', 'payments', '--fact', 'a=1'],
          env,
          '--source <name> is required',
        ],
        [
          [...ok, '--fact', 'a=1'],
          {},
          'give a backend token in MATURITY_TOKEN (or --token)',
        ],
        [
          [...ok, '--facts-file', path.join(dir, 'none.yaml')],
          env,
          'cannot read --facts-file',
        ],
      ];
      for (const [args, caseEnv, message] of cases) {
        const run = await runCli([...base, ...args], { env: caseEnv });
        expect({ args, code: run.code, stderr: run.stderr }).toEqual({
          args,
          code: 2,
          stderr: expect.stringContaining(message),
        });
      }
      const noUrl = await runCli(['push-facts', ...ok, '--fact', 'a=1'], {
        env: { ...env, MATURITY_URL: undefined },
      });
      expect(noUrl.stderr).toContain(
        'give --url <backend base URL> or set MATURITY_URL',
      );
      expect(server.requests).toHaveLength(0);
    } finally {
      await server.close();
    }
  });
});
