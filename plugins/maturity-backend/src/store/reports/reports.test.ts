import {
  createStore,
  createTestDatabases,
  evaluation,
  MODEL_ID,
} from '../__testUtils__/fixtures';
import { sha256Of } from './savedReports';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const NOW = new Date('2026-12-01T10:00:00.000Z');
const LATER = new Date('2026-12-02T10:00:00.000Z');

const content = {
  json: '{"schemaVersion":1,"title":"支付 <script>"}',
  html: '<!DOCTYPE html><p>支付 &lt;script&gt;</p>',
  markdown: '# 支付 &lt;script&gt;\n',
};

describe('DatabaseMaturityStore saved reports', () => {
  it.each(databases.eachSupportedId())(
    'stores a report once and serves each text exactly as hashed, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      const saved = await store.saveReport(
        {
          scopeRef: 'system:default/pay',
          scopeKind: 'system',
          modelId: MODEL_ID,
          modelVersion: '1.0.0',
          language: 'zh-CN',
          domains: ['sre'],
          createdBy: 'user:default/ann',
          content,
        },
        NOW,
      );
      expect(saved).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        scopeRef: 'system:default/pay',
        scopeKind: 'system',
        modelId: MODEL_ID,
        modelVersion: '1.0.0',
        language: 'zh-CN',
        domains: ['sre'],
        createdBy: 'user:default/ann',
        createdAt: NOW.toISOString(),
        sha256: sha256Of(content.json),
        size: Buffer.byteLength(content.json, 'utf8'),
      });
      const other = await store.saveReport(
        {
          scopeRef: 'group:default/payments',
          scopeKind: 'group',
          modelId: MODEL_ID,
          modelVersion: '1.0.0',
          language: 'en',
          createdBy: 'user:default/ann',
          content,
        },
        LATER,
      );
      const again = await store.saveReport(
        {
          scopeRef: 'system:default/pay',
          scopeKind: 'system',
          modelId: MODEL_ID,
          modelVersion: '1.1.0',
          language: 'en',
          createdBy: 'user:default/bob',
          content,
        },
        LATER,
      );

      expect(
        (await store.listReports('system:default/pay')).map(r => r.id),
      ).toEqual([again.id, saved.id]);
      expect((await store.listReports()).map(r => r.id).sort()).toEqual(
        [saved.id, other.id, again.id].sort(),
      );
      expect(await store.listReports('system:default/none')).toEqual([]);

      for (const format of ['json', 'html', 'markdown'] as const) {
        const stored = await store.getReportContent(saved.id, format);
        expect(stored?.content).toBe(content[format]);
        expect(stored?.sha256).toBe(sha256Of(content[format]));
        expect(stored?.summary).toEqual(saved);
      }
      expect(await store.getReportContent('nope', 'json')).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'reads the domain history of many entities up to a moment, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      await store.applyEvaluations(
        [
          evaluation({ entityRef: 'component:default/a', domains: { sre: 1 } }),
          evaluation({ entityRef: 'component:default/b', domains: { sre: 2 } }),
          evaluation({ entityRef: 'component:default/c', domains: { sre: 3 } }),
        ],
        NOW,
      );
      await store.applyEvaluations(
        [evaluation({ entityRef: 'component:default/a', domains: { sre: 2 } })],
        LATER,
      );
      const points = await store.readHistoryOf({
        modelId: MODEL_ID,
        entityRefs: ['component:default/a', 'component:default/b'],
        to: NOW,
      });
      expect(
        points
          .map(p => [p.entityRef, p.domainId, p.level, p.recordedAt])
          .sort(),
      ).toEqual([
        ['component:default/a', 'sre', 1, NOW.toISOString()],
        ['component:default/b', 'sre', 2, NOW.toISOString()],
      ]);
      const all = await store.readHistoryOf({
        modelId: MODEL_ID,
        entityRefs: ['component:default/a'],
        to: LATER,
      });
      expect(all.map(p => p.level).sort()).toEqual([1, 2]);
    },
  );

  it.each(databases.eachSupportedId())(
    'reads the scorecards of many entities as getScorecard does, %p',
    async databaseId => {
      const { store } = await createStore(databases, databaseId);
      await store.applyEvaluations(
        [
          evaluation({
            entityRef: 'component:default/a',
            domains: { sre: 1, build: 3 },
            checks: [{ checkId: 'c1', status: 'failed', value: 'x' }],
          }),
          evaluation({ entityRef: 'component:default/b', domains: { sre: 2 } }),
        ],
        NOW,
      );
      const refs = ['component:default/a', 'component:default/b', 'x:y/z'];
      const batch = await store.readScorecardsOf(MODEL_ID, refs);
      expect([...batch.keys()].sort()).toEqual(refs.slice(0, 2));
      for (const ref of refs.slice(0, 2)) {
        expect(batch.get(ref)).toEqual(await store.getScorecard(ref, MODEL_ID));
      }
    },
  );
});
