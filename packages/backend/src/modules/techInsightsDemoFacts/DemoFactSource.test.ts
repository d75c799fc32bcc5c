import { mockServices } from '@backstage/backend-test-utils';
import fs from 'fs';
import { DateTime } from 'luxon';
import os from 'os';
import path from 'path';
import { DemoFactSource } from './DemoFactSource';
import { demoFactSchemas } from './demoFactSchemas';

const good = `entities:
  - entity: component:default/quickpay-gateway
    facts:
      sloFactRetriever: { sloDefined: true, alertDetectionRate: 96.5 }
    history:
      - at: -90d
        facts:
          sloFactRetriever: { alertDetectionRate: 80 }
`;
const broken = `entities:
  - entity: component:default/mobile-gateway
    facts:
      sloFactRetriever:
        sloDefined: yes please
`;

describe('DemoFactSource', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-facts-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('skips only the malformed file and logs its location once', async () => {
    fs.writeFileSync(path.join(dir, 'a-payments.yaml'), good);
    fs.writeFileSync(path.join(dir, 'b-mobile.yaml'), broken);
    const logger = mockServices.logger.mock();
    const source = new DemoFactSource({
      directory: dir,
      schemas: demoFactSchemas,
      logger,
    });
    const now = DateTime.utc();

    const first = await source.entriesFor('sloFactRetriever', now);
    expect(
      first.map(e => [e.entity.name, e.timestamp ? 'history' : 'current']),
    ).toEqual([
      ['quickpay-gateway', 'current'],
      ['quickpay-gateway', 'history'],
    ]);
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringContaining(`${path.join(dir, 'b-mobile.yaml')}:5:21`),
    );

    // History is published once per process; unchanged files are not re-reported.
    const second = await source.entriesFor('sloFactRetriever', now);
    expect(second).toHaveLength(1);
    expect(logger.error).toHaveBeenCalledTimes(1);
  });

  it('picks up a fixed file at the next run', async () => {
    fs.writeFileSync(path.join(dir, 'b-mobile.yaml'), broken);
    const logger = mockServices.logger.mock();
    const source = new DemoFactSource({
      directory: dir,
      schemas: demoFactSchemas,
      logger,
    });
    expect(await source.entriesFor('sloFactRetriever', DateTime.utc())).toEqual(
      [],
    );
    fs.writeFileSync(
      path.join(dir, 'b-mobile.yaml'),
      broken.replace('yes please', 'true'),
    );
    const entries = await source.entriesFor('sloFactRetriever', DateTime.utc());
    expect(entries.map(e => e.facts)).toEqual([{ sloDefined: true }]);
  });

  it('logs an unreadable directory instead of failing', async () => {
    const logger = mockServices.logger.mock();
    const source = new DemoFactSource({
      directory: path.join(dir, 'missing'),
      schemas: demoFactSchemas,
      logger,
    });
    expect(
      await source.entriesFor('doraFactRetriever', DateTime.utc()),
    ).toEqual([]);
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringContaining('cannot be read'),
    );
  });
});
