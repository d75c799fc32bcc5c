import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  maturityApi,
  startMaturityBackend,
} from './__testUtils__/maturityTestBackend';

jest.setTimeout(60_000);

const GATEWAY = 'component:default/quickpay-gateway';
const statusOf = (scorecard: any, checkId: string) =>
  scorecard.domains
    .flatMap((d: any) => d.capabilities.flatMap((c: any) => c.checks))
    .find((c: any) => c.checkId === checkId)?.status;

describe('maturity backend attestation imports', () => {
  let directory: string;
  beforeAll(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'maturity-imports-'));
  });
  afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

  const write = (name: string, text: string) => {
    const file = path.join(directory, name);
    fs.writeFileSync(file, text);
    return file;
  };

  it('imports the configured files before the first evaluation', async () => {
    const file = write(
      'assessment-2026.yaml',
      `attestations:
  - entity: ${GATEWAY}
    check: ops-high-availability
    attestedBy: user:default/zhang-wei
    attestedAt: -40d
    evidenceUrl: https://wiki.harborbank.example/quickpay/ha
`,
    );
    const { server } = await startMaturityBackend({
      config: { maturity: { attestationImports: [{ file }] } },
      runOnStartup: true,
    });
    const api = maturityApi(server);

    const { body } = await api.get(`/attestations?entityRef=${GATEWAY}`);
    expect(body.items).toEqual([
      expect.objectContaining({
        checkId: 'ops-high-availability',
        author: 'user:default/zhang-wei',
      }),
    ]);
    expect(body.audit).toEqual([
      expect.objectContaining({
        action: 'created',
        actor: 'user:default/zhang-wei',
        details: expect.objectContaining({
          importedFrom: 'assessment-2026.yaml',
        }),
      }),
    ]);
    // the first (startup) run already counted it
    const scorecard = await api.get(
      '/entities/component/default/quickpay-gateway/scorecard',
    );
    expect(statusOf(scorecard.body, 'ops-high-availability')).toBe('passed');
  });

  it('does not start with a broken file', async () => {
    const file = write(
      'broken.yaml',
      `attestations:
  - entity: ${GATEWAY}
    check: ops-high-availability
    attestedBy: user:default/zhang-wei
    attestedAt: -40d
    evidenceUrl: ftp://files.harborbank.example/ha
`,
    );
    await expect(
      startMaturityBackend({
        config: { maturity: { attestationImports: [{ file }] } },
      }),
    ).rejects.toThrow(
      `${file}:6:18 attestations[0].evidenceUrl: 'ftp://files.harborbank.example/ha' is not an https URL`,
    );
  });
});
