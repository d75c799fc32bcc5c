import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the fake TechInsights backend saw it. */
export interface SeenRequest {
  /** Path below the plugin base, e.g. `/facts/latest`. */
  path: string;
  /** The query string parameters. */
  query: URLSearchParams;
  /** The `Authorization` header, if any. */
  authorization?: string;
}

/** What the fake answers: a status and JSON body, or no answer at all. */
export type FakeAnswer =
  | { status: number; body?: unknown; rawBody?: string; delayMs?: number }
  | 'hang';

/** A real HTTP server on a free local port, standing in for TechInsights. */
export interface FakeTechInsights {
  /** The plugin base URL, as discovery would return it. */
  baseUrl: string;
  /** Every request received, in order. */
  requests: SeenRequest[];
  /** The most requests that were in flight at once. */
  maxInFlight(): number;
  /** Stops the server, dropping open connections. */
  close(): Promise<void>;
}

const BASE_PATH = '/api/tech-insights';

/**
 * Starts a fake TechInsights backend answering each request with `answer`.
 */
export async function startFakeTechInsights(
  answer: (request: SeenRequest) => FakeAnswer | Promise<FakeAnswer>,
): Promise<FakeTechInsights> {
  const requests: SeenRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let inFlight = 0;
  let maxInFlight = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => {
      inFlight -= 1;
    });
    const url = new URL(req.url ?? '/', 'http://localhost');
    const seen: SeenRequest = {
      path: url.pathname.startsWith(BASE_PATH)
        ? url.pathname.slice(BASE_PATH.length)
        : url.pathname,
      query: url.searchParams,
      authorization: req.headers.authorization,
    };
    requests.push(seen);
    const reply = await answer(seen);
    if (reply === 'hang') {
      return;
    }
    const send = () => {
      res.statusCode = reply.status;
      if (reply.rawBody !== undefined) {
        res.end(reply.rawBody);
      } else if (reply.body !== undefined) {
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(JSON.stringify(reply.body));
      } else {
        res.end();
      }
    };
    if (reply.delayMs) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        send();
      }, reply.delayMs);
      timers.add(timer);
    } else {
      send();
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(error => {
      res.statusCode = 599;
      res.end(String(error));
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}${BASE_PATH}`,
    requests,
    maxInFlight: () => maxInFlight,
    close: () =>
      new Promise<void>(resolve => {
        for (const timer of timers) {
          clearTimeout(timer);
        }
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A base URL on which nothing listens: a port that was free a moment ago.
 */
export async function closedPortBaseUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>(resolve => server.close(() => resolve()));
  return `http://127.0.0.1:${port}${BASE_PATH}`;
}

/**
 * A server that accepts connections and drops them at once, as a crashed
 * service behind a live port does; counts the connections.
 */
export async function startDroppingServer(): Promise<{
  baseUrl: string;
  connections(): number;
  close(): Promise<void>;
}> {
  let connections = 0;
  const server = createServer();
  server.on('connection', socket => {
    connections += 1;
    socket.destroy();
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${BASE_PATH}`,
    connections: () => connections,
    close: () => new Promise<void>(resolve => server.close(() => resolve())),
  };
}
