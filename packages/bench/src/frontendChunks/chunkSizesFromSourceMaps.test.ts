import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chunkSizesFromSourceMaps } from './chunkSizesFromSourceMaps';

const PLUGIN = 'webpack://app/../../plugins/maturity/src';

/** A build directory: per chunk file, its content and its map's sources. */
function fakeBuild(
  files: Record<string, { js: string; sources?: Record<string, string> }>,
): string {
  const dist = mkdtempSync(join(tmpdir(), 'chunk-maps-'));
  mkdirSync(join(dist, 'static'));
  for (const [name, { js, sources }] of Object.entries(files)) {
    writeFileSync(join(dist, 'static', name), js);
    if (sources) {
      writeFileSync(
        join(dist, 'static', `${name}.map`),
        JSON.stringify({
          version: 3,
          sources: Object.keys(sources),
          sourcesContent: Object.values(sources),
          mappings: '',
        }),
      );
    }
  }
  return dist;
}

const FILES = {
  'main.js': {
    js: 'main'.repeat(50),
    sources: {
      [`${PLUGIN}/alpha.tsx`]: 'a'.repeat(300),
      [`${PLUGIN}/translation/messages.ts`]: 'm'.repeat(700),
      'webpack://app/src/App.tsx': 'app'.repeat(100),
    },
  },
  '1.chunk.js': {
    js: 'entity'.repeat(20),
    sources: {
      [`${PLUGIN}/components/EntityMaturityContent/EntityMaturityContent.tsx`]:
        'e'.repeat(400),
      [`${PLUGIN}/components/LevelChip/LevelChip.tsx`]: 'l'.repeat(60),
    },
  },
  '2.chunk.js': {
    js: 'group',
    sources: {
      [`${PLUGIN}/components/GroupMaturityContent/GroupMaturityContent.tsx`]:
        'g'.repeat(90),
      [`${PLUGIN}/components/LevelChip/LevelChip.tsx`]: 'l'.repeat(60),
    },
  },
  '3.chunk.js': {
    js: 'page',
    sources: { [`${PLUGIN}/components/MaturityPage/MaturityPage.tsx`]: 'p' },
  },
  '4.chunk.js': {
    js: 'chart',
    sources: {
      [`${PLUGIN}/components/LevelLineChart/LevelLineChartImpl.tsx`]:
        'c'.repeat(20),
    },
  },
  '5.chunk.js': {
    js: 'recharts'.repeat(10),
    sources: { 'webpack://app/../../node_modules/recharts/es6/index.js': 'r' },
  },
  // no source map: not attributed to any part
  '6.chunk.js': { js: 'EntityMaturityContent' },
};

describe('chunkSizesFromSourceMaps', () => {
  let dist: string;
  beforeAll(() => {
    dist = fakeBuild(FILES);
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('finds each part by the sources of the chunks’ maps and sizes their files', () => {
    const parts = Object.fromEntries(
      chunkSizesFromSourceMaps(dist).map(p => [p.part, p]),
    );
    expect(parts['entry (app main bundle)']).toEqual({
      part: 'entry (app main bundle)',
      files: ['static/main.js'],
      bytes: 200,
      gzipBytes: gzipSync(FILES['main.js'].js, { level: 6 }).length,
      // the plugin's sources only, not the app's
      pluginSourceBytes: 1000,
    });
    expect(parts['entity Maturity tab']).toMatchObject({
      files: ['static/1.chunk.js'],
      bytes: 120,
      pluginSourceBytes: 460,
    });
    expect(parts['group Maturity tab'].files).toEqual(['static/2.chunk.js']);
    expect(parts['/maturity page'].pluginSourceBytes).toBe(1);
    expect(parts['charts (implementations + recharts)']).toMatchObject({
      files: ['static/4.chunk.js', 'static/5.chunk.js'],
      bytes: 5 + 80,
      pluginSourceBytes: 20,
    });
  });

  it('names the part no chunk holds', () => {
    const partial = fakeBuild({ 'main.js': FILES['main.js'] });
    try {
      expect(() => chunkSizesFromSourceMaps(partial)).toThrow(
        /no chunk of the build holds the entity Maturity tab/,
      );
    } finally {
      rmSync(partial, { recursive: true, force: true });
    }
  });
});
