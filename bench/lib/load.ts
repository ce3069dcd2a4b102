/** Concurrent HTTP load with autocannon: requests per second and latency percentiles. */
// autocannon ships no types; the few fields used here are declared below.
// eslint-disable-next-line @typescript-eslint/ban-ts-comment
// @ts-ignore
import autocannon from "autocannon";

export interface LoadResult {
  rps: number;
  p50ms: number;
  p99ms: number;
  requests: number;
  non2xx: number;
  errors: number;
}

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

export const WARMUP_SECONDS = 2;

export async function load(opts: {
  url: string;
  connections: number;
  seconds: number;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}): Promise<LoadResult> {
  const run = autocannon as (o: unknown) => Promise<AutocannonResult>;
  const r = await run({
    url: opts.url,
    connections: opts.connections,
    duration: opts.seconds,
    method: opts.method ?? "GET",
    headers: opts.headers,
    body: opts.body,
    timeout: 30,
    // Two seconds of the same load first, not counted (both servers alike): the figures are of a
    // server in its steady state, not of V8 compiling the first requests' code.
    warmup: { connections: opts.connections, duration: WARMUP_SECONDS },
  });
  return {
    rps: Math.round(r.requests.average * 10) / 10,
    p50ms: r.latency.p50,
    p99ms: r.latency.p99,
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}

/** Sequential requests, one at a time: latency of a single user (full body read). */
export async function sequential(url: string, n: number, headers: Record<string, string> = {}): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const res = await fetch(url, { headers, redirect: "manual" });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    times.push(performance.now() - t);
  }
  return times;
}
