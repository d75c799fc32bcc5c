import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pluginChunkSizes } from './pluginChunkSizes';

const PLUGIN = '../../plugins/maturity/src';

/** A build directory with the given files and bundle stats. */
function fakeBuild(files: Record<string, string>, stats: object): string {
  const dist = mkdtempSync(join(tmpdir(), 'chunks-test-'));
  mkdirSync(join(dist, 'static'));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dist, name), content);
  }
  writeFileSync(join(dist, 'bundle-stats.json'), JSON.stringify(stats));
  return dist;
}

const FILES = {
  'static/main.js': 'main'.repeat(100),
  'static/vendor.js': 'v'.repeat(50),
  'static/1.chunk.js': 'entity tab'.repeat(30),
  'static/1.css': 'css',
  'static/2.chunk.js': 'group tab',
  'static/3.chunk.js': 'page',
  'static/4.chunk.js': 'chart',
  'static/5.chunk.js': 'recharts'.repeat(20),
  'static/6.chunk.js': 'shared',
};

const STATS = {
  chunks: [
    { id: 'main', files: ['static/main.js'], siblings: ['vendor'] },
    { id: 'vendor', files: ['static/vendor.js'], siblings: ['main'] },
    { id: 1, files: ['static/1.chunk.js', 'static/1.css'], siblings: [6] },
    { id: 2, files: ['static/2.chunk.js'], siblings: [6] },
    { id: 3, files: ['static/3.chunk.js'], siblings: [] },
    { id: 4, files: ['static/4.chunk.js'], siblings: [5] },
    { id: 5, files: ['static/5.chunk.js'], siblings: [4] },
    { id: 6, files: ['static/6.chunk.js'], siblings: [1, 2] },
  ],
  modules: [
    { name: `${PLUGIN}/alpha.tsx + 4 modules`, size: 500, chunks: ['main'] },
    {
      name: '../../node_modules/react/index.js',
      size: 900,
      chunks: ['vendor'],
    },
    {
      name: `${PLUGIN}/components/EntityMaturityContent/index.ts + 9 modules`,
      size: 300,
      chunks: [1],
    },
    {
      name: `${PLUGIN}/components/Shared.tsx + 1 modules`,
      size: 40,
      chunks: [1, 2],
      modules: [{ name: `${PLUGIN}/components/GroupMaturityContent/x.tsx` }],
    },
    {
      name: `${PLUGIN}/components/MaturityPage/index.ts`,
      size: 70,
      chunks: [3],
    },
    {
      name: `${PLUGIN}/components/LevelLineChart/LevelLineChartImpl.tsx`,
      size: 20,
      chunks: [4],
    },
    {
      name: '../../node_modules/recharts/es6/index.js + 200 modules',
      size: 9000,
      chunks: [5],
    },
  ],
};

describe('pluginChunkSizes', () => {
  let dist: string;
  beforeAll(() => {
    dist = fakeBuild(FILES, STATS);
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('finds each part of the plugin by its modules, nested ones included, and sizes its JavaScript', () => {
    const parts = Object.fromEntries(
      pluginChunkSizes(dist).map(p => [p.part, p]),
    );
    expect(parts['entry (app main bundle)']).toEqual({
      part: 'entry (app main bundle)',
      files: ['static/main.js'],
      bytes: 400,
      gzipBytes: gzipSync(FILES['static/main.js'], { level: 6 }).length,
      siblingFiles: ['static/vendor.js'],
      siblingBytes: 50,
      siblingGzipBytes: gzipSync(FILES['static/vendor.js'], { level: 6 })
        .length,
      pluginSourceBytes: 500,
    });
    // the stylesheet is not counted; the shared chunk loads with the tab
    expect(parts['entity Maturity tab']).toMatchObject({
      files: ['static/1.chunk.js'],
      bytes: 300,
      siblingFiles: ['static/6.chunk.js'],
      pluginSourceBytes: 340,
    });
    // GroupMaturityContent is concatenated into a module of chunks 1 and 2
    expect(parts['group Maturity tab'].files).toEqual([
      'static/1.chunk.js',
      'static/2.chunk.js',
    ]);
    expect(parts['/maturity page']).toMatchObject({
      files: ['static/3.chunk.js'],
      siblingFiles: [],
    });
    expect(parts['charts (implementations + recharts)']).toMatchObject({
      files: ['static/4.chunk.js', 'static/5.chunk.js'],
      bytes: 5 + 160,
      siblingFiles: [],
      pluginSourceBytes: 20,
    });
  });

  it('names the part it cannot find', () => {
    const empty = fakeBuild(
      { 'static/main.js': '' },
      { chunks: STATS.chunks.slice(0, 1), modules: STATS.modules.slice(0, 1) },
    );
    try {
      expect(() => pluginChunkSizes(empty)).toThrow(
        /no chunk of the build holds the entity Maturity tab/,
      );
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
