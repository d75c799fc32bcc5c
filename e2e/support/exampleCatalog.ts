import fs from 'fs';
import path from 'path';
import { parseAllDocuments } from 'yaml';

const EXAMPLES = path.resolve(__dirname, '../../examples');

function readDocuments(file: string): Array<Record<string, any>> {
  return parseAllDocuments(fs.readFileSync(file, 'utf8'))
    .map(doc => doc.toJS())
    .filter(Boolean);
}

/**
 * How many entities of the given kinds the demo catalog defines: the files
 * that examples/all.yaml points at, read the way the catalog reads them.
 */
export function countExampleEntities(kinds: string[]): number {
  const [location] = readDocuments(path.join(EXAMPLES, 'all.yaml'));
  const targets: string[] = location.spec.targets;
  return targets
    .flatMap(target => readDocuments(path.join(EXAMPLES, target)))
    .filter(entity => kinds.includes(String(entity.kind).toLowerCase())).length;
}
