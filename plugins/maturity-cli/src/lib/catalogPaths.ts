import fs from 'fs';
import path from 'path';

const YAML_FILE = /\.ya?ml$/i;

function yamlFilesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => {
      if (a.name === b.name) return 0;
      return a.name < b.name ? -1 : 1;
    })
    .flatMap(entry => {
      if (entry.name.startsWith('.')) return [];
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return yamlFilesUnder(full);
      return entry.isFile() && YAML_FILE.test(entry.name) ? [full] : [];
    });
}

/**
 * The catalog files named on the command line: a file as is, a directory as
 * every `.yaml`/`.yml` file under it (sorted, hidden entries skipped). A path
 * that does not exist is kept, so that reading it reports the problem.
 */
export function expandCatalogPaths(paths: ReadonlyArray<string>): string[] {
  return paths.flatMap(p => {
    try {
      return fs.statSync(p).isDirectory() ? yamlFilesUnder(p) : [p];
    } catch {
      return [p];
    }
  });
}
