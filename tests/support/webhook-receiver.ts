/**
 * A webhook receiver on 127.0.0.1 for tests: it records every request (headers and body) and
 * answers with the status a test chooses per request. It is the only place webhook tests deliver
 * to; FETCH_ALLOW_HOSTS must name its host:port (`allowOnlyReceiver`).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  path: string;
  method: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** Date.now() when it arrived. */
  at: number;
}

export interface WebhookReceiver {
  origin: string;
  hostPort: string;
  received: Received[];
  /** The status to answer the n-th request (1-based) to a path; 204 unless set. */
  answer: Map<string, (n: number) => number>;
  close(): Promise<void>;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: Received[] = [];
  const answer = new Map<string, (n: number) => number>();
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", () => {
      const path = request.url ?? "/";
      received.push({ path, method: request.method ?? "", headers: request.headers, body: Buffer.concat(chunks).toString("utf8"), at: Date.now() });
      const n = received.filter((r) => r.path === path).length;
      const status = answer.get(path)?.(n) ?? 204;
      response.writeHead(status, { "content-type": "text/plain" });
      response.end(status < 300 ? "" : "not now");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    hostPort: `127.0.0.1:${port}`,
    received,
    answer,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Lets deliveries reach the receiver and nothing else; answers the function that restores the setting. */
export function allowOnlyReceiver(receiver: WebhookReceiver): () => void {
  const before = process.env.FETCH_ALLOW_HOSTS;
  process.env.FETCH_ALLOW_HOSTS = receiver.hostPort;
  return () => {
    if (before === undefined) delete process.env.FETCH_ALLOW_HOSTS;
    else process.env.FETCH_ALLOW_HOSTS = before;
  };
}

/** Waits until `check` answers something truthy (or fails after `ms`). */
export async function eventually<T>(
  check: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  ms = 10_000,
  what = "the condition",
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
