/*
 * The generated catalog and its facts (bench/catalog.ts) served over HTTP by
 * a process of their own, for `bench:refresh --scale`: at 100 000 entities
 * the catalog would not fit beside the maturity plugin in a backend whose
 * heap is capped (and a real catalog lives in its own database, read through
 * a client that parses JSON, as the backend does here; bench/remoteCatalog.ts).
 *
 *   node -r @backstage/cli/config/nodeTransform.cjs bench/catalogProcess.ts \
 *     '{"entities":100000,"groups":2000}'
 *
 * Prints `ready <port>` once it serves; stops on SIGTERM. Answers
 *
 *  - `GET /entities?kind=group&offset=0&limit=500`: a page of entities (every
 *    kind without `kind`),
 *  - `POST /by-refs` `{"refs":[…]}`: the entities of the refs, null for those
 *    not in the catalog,
 *  - `POST /facts` `{"refs":[…]}`: `[ref, facts]` pairs of the refs with facts.
 */
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { generateCatalog } from './catalog';

/** What the catalog process is started with (one JSON argument). */
export interface CatalogProcessOptions {
  entities: number;
  groups: number;
}

function readBody(req: http.IncomingMessage): Promise<any> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch (error) {
        reject(error);
      }
    });
    req.on('error', reject);
  });
}

function main() {
  const options = JSON.parse(process.argv[2] ?? '') as CatalogProcessOptions;
  const { entities, facts } = generateCatalog(options.entities, options.groups);
  const byRef = new Map(entities.map(e => [stringifyEntityRef(e), e]));
  const byKind = new Map<string, Entity[]>();
  for (const entity of entities) {
    const kind = entity.kind.toLocaleLowerCase('en-US');
    const list = byKind.get(kind) ?? [];
    list.push(entity);
    byKind.set(kind, list);
  }
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let answer: unknown;
      if (req.method === 'GET' && url.pathname === '/entities') {
        const kind = url.searchParams.get('kind');
        const selected = kind ? byKind.get(kind) ?? [] : entities;
        const offset = Number(url.searchParams.get('offset') ?? 0);
        const limit = Number(url.searchParams.get('limit') ?? 500);
        answer = selected.slice(offset, offset + limit);
      } else if (req.method === 'POST' && url.pathname === '/by-refs') {
        const { refs } = (await readBody(req)) as { refs: string[] };
        answer = refs.map(ref => byRef.get(ref) ?? null);
      } else if (req.method === 'POST' && url.pathname === '/facts') {
        const { refs } = (await readBody(req)) as { refs: string[] };
        answer = refs.flatMap(ref =>
          facts.has(ref) ? [[ref, facts.get(ref)]] : [],
        );
      } else {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer));
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    process.stdout.write(`ready ${port}\n`);
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

main();
