/*
 * The maturity plugin's chunks in the production build of packages/app, read
 * from the source maps the build writes beside every chunk (no bundle stats
 * needed: writing those, ~200 MB of JSON, takes minutes on a busy machine).
 * A part is every JavaScript file whose source map lists a module of it. The
 * source maps do not tell which chunks one dynamic import loads together;
 * the bundle stats do (pluginChunkSizes).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PARTS, PLUGIN } from './parts';

/** A part of the plugin and the chunk files holding it, from source maps. */
export interface ChunkFileSizes {
  part: string;
  files: string[];
  /** As built (minified). */
  bytes: number;
  /** Gzipped at level 6, as servers commonly send them. */
  gzipBytes: number;
  /** The plugin's own source files in `files`, as written (TypeScript). */
  pluginSourceBytes: number;
}

interface SourceMap {
  sources: string[];
  sourcesContent?: (string | null)[];
}

/** Sizes each part's JavaScript files in `dist/static` by their source maps. */
export function chunkSizesFromSourceMaps(dist: string): ChunkFileSizes[] {
  const staticDir = join(dist, 'static');
  const builds = readdirSync(staticDir)
    .filter(name => name.endsWith('.js'))
    .sort()
    .flatMap(name => {
      let map: SourceMap;
      try {
        map = JSON.parse(readFileSync(join(staticDir, `${name}.map`), 'utf8'));
      } catch {
        return [];
      }
      return [{ file: `static/${name}`, map }];
    });
  if (builds.length === 0) {
    throw new Error(`no JavaScript file with a source map in ${staticDir}`);
  }
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
  return PARTS.map(({ part, module }) => {
    const holding = builds.filter(b =>
      b.map.sources.some(
        s =>
          (s.includes(PLUGIN) || s.includes('node_modules/')) && module.test(s),
      ),
    );
    if (holding.length === 0) {
      throw new Error(
        `no chunk of the build holds the ${part} (sources matching ${module})`,
      );
    }
    const files = holding.map(b => b.file);
    const pluginSourceBytes = holding.reduce(
      (total, { map }) =>
        total +
        map.sources.reduce(
          (bytes, source, i) =>
            source.includes(PLUGIN)
              ? bytes + Buffer.byteLength(map.sourcesContent?.[i] ?? '')
              : bytes,
          0,
        ),
      0,
    );
    return {
      part,
      files,
      bytes: files.reduce((t, f) => t + sizeOf(f).bytes, 0),
      gzipBytes: files.reduce((t, f) => t + sizeOf(f).gzipBytes, 0),
      pluginSourceBytes,
    };
  });
}
