/**
 * A local HTTP server on 127.0.0.1 for tests that fetch: it serves whatever each test puts at a
 * path (and may change it between requests), counts the requests, and is the only place such tests
 * send traffic to. FETCH_ALLOW_HOSTS must name its host:port for the server to be reachable.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface Served {
  status?: number;
  type?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Wait this long before answering. */
  delayMs?: number;
}

export interface PageServer {
  origin: string;
  hostPort: string;
  port: number;
  routes: Map<string, Served | ((hits: number) => Served)>;
  hits: Map<string, number>;
  close(): Promise<void>;
}

export async function startPageServer(): Promise<PageServer> {
  const routes = new Map<string, Served | ((hits: number) => Served)>();
  const hits = new Map<string, number>();
  const server = http.createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0]!;
    const count = (hits.get(path) ?? 0) + 1;
    hits.set(path, count);
    const entry = routes.get(path);
    const served = typeof entry === "function" ? entry(count) : entry;
    const answer = () => {
      if (!served) {
        response.writeHead(404, { "content-type": "text/plain" });
        return response.end("not here");
      }
      response.writeHead(served.status ?? 200, { ...(served.type !== undefined && { "content-type": served.type }), ...served.headers });
      response.end(served.body ?? "");
    };
    if (served?.delayMs) setTimeout(answer, served.delayMs);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    hostPort: `127.0.0.1:${port}`,
    port,
    routes,
    hits,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Allows the server (and nothing else) for the duration of a test file. */
export function allowOnly(server: PageServer): () => void {
  const before = process.env.FETCH_ALLOW_HOSTS;
  process.env.FETCH_ALLOW_HOSTS = server.hostPort;
  return () => {
    if (before === undefined) delete process.env.FETCH_ALLOW_HOSTS;
    else process.env.FETCH_ALLOW_HOSTS = before;
  };
}
