/*
 * The maturity plugin's chunks in the production build of packages/app (from
 * the bundle stats that `backstage-cli package build --stats` writes): the
 * entry (the app's main bundle, which registers the plugin), the lazily
 * loaded entity tab, group tab and /maturity page, and the charts (the chart
 * implementations and the recharts chunk they load). Sizes are of the files
 * as built (minified) and gzipped (level 6, as servers commonly send them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PARTS, PLUGIN } from './parts';

/** A part of the plugin and the chunk files it is loaded from. */
export interface ChunkSizes {
  part: string;
  files: string[];
  bytes: number;
  gzipBytes: number;
  /** Files loaded with it (the same dynamic import's other chunks). */
  siblingFiles: string[];
  siblingBytes: number;
  siblingGzipBytes: number;
  /** The plugin's own modules in `files`, before minification. */
  pluginSourceBytes: number;
}

interface StatsModule {
  name?: string;
  size: number;
  chunks: (string | number)[];
  modules?: { name?: string }[];
}

interface StatsChunk {
  id: string | number;
  files: string[];
  siblings: (string | number)[];
}

/** Reads the build's stats and sizes each part's JavaScript files. */
export function pluginChunkSizes(dist: string): ChunkSizes[] {
  const stats = JSON.parse(
    readFileSync(join(dist, 'bundle-stats.json'), 'utf8'),
  ) as { modules: StatsModule[]; chunks: StatsChunk[] };
  const chunks = new Map(stats.chunks.map(c => [String(c.id), c]));
  const size = new Map<string, { bytes: number; gzipBytes: number }>();
  const sizeOf = (file: string) => {
    if (!size.has(file)) {
      const content = readFileSync(join(dist, file));
      size.set(file, {
        bytes: content.length,
        gzipBytes: gzipSync(content, { level: 6 }).length,
      });
    }
    return size.get(file)!;
  };
  const sum = (files: string[], key: 'bytes' | 'gzipBytes') =>
    files.reduce((total, f) => total + sizeOf(f)[key], 0);
  return PARTS.map(({ part, module }) => {
    const ids = new Set<string>();
    for (const m of stats.modules) {
      const names = [m.name, ...(m.modules ?? []).map(inner => inner.name)];
      const matches = names.some(
        n =>
          n !== undefined &&
          module.test(n) &&
          (n.includes(PLUGIN) || n.includes('node_modules/')),
      );
      if (matches) m.chunks.forEach(id => ids.add(String(id)));
    }
    if (ids.size === 0) {
      throw new Error(
        `no chunk of the build holds the ${part} (modules matching ${module})`,
      );
    }
    const pluginSourceBytes = stats.modules
      .filter(
        m =>
          m.name?.includes(PLUGIN) && m.chunks.some(id => ids.has(String(id))),
      )
      .reduce((total, m) => total + m.size, 0);
    const jsFiles = (id: string) =>
      (chunks.get(id)?.files ?? []).filter(f => f.endsWith('.js'));
    const files = [...ids].flatMap(jsFiles);
    const siblingFiles = [
      ...new Set(
        [...ids]
          .flatMap(id => chunks.get(id)?.siblings ?? [])
          .map(String)
          .filter(id => !ids.has(id))
          .flatMap(jsFiles),
      ),
    ];
    return {
      part,
      files,
      bytes: sum(files, 'bytes'),
      gzipBytes: sum(files, 'gzipBytes'),
      siblingFiles,
      siblingBytes: sum(siblingFiles, 'bytes'),
      siblingGzipBytes: sum(siblingFiles, 'gzipBytes'),
      pluginSourceBytes,
    };
  });
}
