/**
 * Live events (issue 16), on PostgreSQL with two app instances:
 * - latency from a write's acknowledgement (the API's answer on instance A) to the event's arrival
 *   on an SSE stream opened on instance B, over sequential writes (LISTEN/NOTIFY in between);
 * - 500 open streams on one instance: the extra resident memory per stream, and the CPU the server
 *   uses while they sit idle (heartbeats only), against the same instance with no stream open.
 */
import { readdirSync, readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import type { Server } from "../lib/processes";
import { treeRssMB } from "../lib/processes";
import { round, summarize } from "../lib/stats";

interface Opened {
  close: () => void;
  onEvent: (fn: (e: { entityId: string; version: number | null; action: string }) => void) => void;
}

async function openStream(base: string, storyId: string, token: string): Promise<Opened> {
  const abort = new AbortController();
  const res = await fetch(`${base}/api/v1/stories/${storyId}/events`, { headers: { authorization: `Bearer ${token}` }, signal: abort.signal });
  if (res.status !== 200 || !res.body) throw new Error(`event stream answered ${res.status}`);
  const listeners: Array<(e: { entityId: string; version: number | null; action: string }) => void> = [];
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  void (async () => {
    let buffer = "";
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let at: number;
        while ((at = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, at);
          buffer = buffer.slice(at + 2);
          const data = block.split("\n").find((l) => l.startsWith("data: "));
          if (data && !block.includes("event: ")) {
            const e = JSON.parse(data.slice(6));
            for (const l of listeners) l(e);
          }
        }
      }
    } catch {
      /* closed */
    }
  })();
  return { close: () => abort.abort(), onEvent: (fn) => listeners.push(fn) };
}

/** CPU seconds (user + system) the process and its descendants have used so far. */
function cpuSeconds(pid: number): number {
  const stats = readdirSync("/proc")
    .filter((e) => /^\d+$/.test(e))
    .flatMap((e) => {
      try {
        const stat = readFileSync(`/proc/${e}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        return [{ pid: Number(e), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) }];
      } catch {
        return [];
      }
    });
  const tree = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const s of stats) if (!tree.has(s.pid) && tree.has(s.ppid)) grew = tree.add(s.pid).size > 0;
  }
  return stats.filter((s) => tree.has(s.pid)).reduce((n, s) => n + s.ticks, 0) / 100;
}

async function idleCpuPercent(pid: number, seconds: number): Promise<number> {
  const before = cpuSeconds(pid);
  await sleep(seconds * 1000);
  return round(((cpuSeconds(pid) - before) / seconds) * 100, 2);
}

async function api(base: string, token: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined && { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json()) as Record<string, unknown>;
  if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${JSON.stringify(json)}`);
  return json;
}

/** Resident memory per open stream of a server (its tree), over `count` streams opened one after another. */
async function memoryPerStream(server: Server, count: number, open: () => Promise<{ close: () => void }>) {
  const pid = server.child.pid!;
  await sleep(1_000);
  const before = treeRssMB(pid);
  const opened: Array<{ close: () => void }> = [];
  for (let i = 0; i < count; i++) opened.push(await open());
  await sleep(2_000);
  const after = treeRssMB(pid);
  return { before, after, opened, perStreamKB: round(((after - before) * 1024) / count, 1) };
}

/** The bare baseline's cost of one open stream (bench/baseline-sse.ts). */
export async function bareStreamCost(baseline: Server, count: number) {
  const m = await memoryPerStream(baseline, count, async () => {
    const abort = new AbortController();
    const res = await fetch(`${baseline.url}/stream`, { signal: abort.signal });
    void res.body!.getReader().read();
    return { close: () => abort.abort() };
  });
  m.opened.forEach((s) => s.close());
  return { perStreamKB: m.perStreamKB, rssBeforeMB: round(m.before, 1), rssAfterMB: round(m.after, 1) };
}

export async function runEventsSuite(a: Server, b: Server, token: string, options: { writes: number; streams: number; idleSeconds: number }) {
  const story = await api(a.url, token, "POST", "/api/v1/stories", { title: "Event latency" });
  const article = await api(a.url, token, "POST", `/api/v1/stories/${story.id}/articles`, {
    title: "A",
    text: "The port reopened on Friday. Ships were waiting.",
  });
  let claim = await api(a.url, token, "POST", `/api/v1/articles/${article.id}/claims`, {
    exact: "The port reopened on Friday.",
    statement: "v0",
    sourcing: "confirmed",
  });

  // Latency across instances: write on A, receive on B.
  const stream = await openStream(b.url, String(story.id), token);
  await sleep(500);
  const arrivals = new Map<number, number>();
  stream.onEvent((e) => e.entityId === claim.id && e.version !== null && arrivals.set(e.version, performance.now()));
  const latencies: number[] = [];
  const fromRequest: number[] = [];
  for (let i = 1; i <= options.writes; i++) {
    const sent = performance.now();
    claim = await api(a.url, token, "PATCH", `/api/v1/claims/${claim.id}`, { version: claim.version, statement: `v${i}` });
    const acked = performance.now();
    const version = claim.version as number;
    const deadline = acked + 5_000;
    while (!arrivals.has(version) && performance.now() < deadline) await sleep(0.2);
    // An event can reach B before A's answer reaches the client: that counts as 0 from the answer.
    latencies.push(arrivals.has(version) ? Math.max(0, arrivals.get(version)! - acked) : 5_000);
    fromRequest.push(arrivals.has(version) ? arrivals.get(version)! - sent : 5_000);
  }
  stream.close();
  const lost = latencies.filter((l) => l >= 5_000).length;

  // Many idle streams on one instance.
  const pid = a.child.pid!;
  const cpuWithout = await idleCpuPercent(pid, options.idleSeconds);
  const m = await memoryPerStream(a, options.streams, () => openStream(a.url, String(story.id), token));
  const rssBefore = m.before;
  const rssAfter = m.after;
  const cpuWith = await idleCpuPercent(pid, options.idleSeconds);
  for (const s of m.opened) s.close();

  return {
    latency: { ...summarize(latencies), lost, writes: options.writes, path: "PATCH on instance A -> SSE on instance B (PostgreSQL LISTEN/NOTIFY)" },
    /** From sending the write (the write itself included) to the event's arrival on B. */
    fromRequest: summarize(fromRequest),
    streams: {
      count: options.streams,
      rssBeforeMB: round(rssBefore, 1),
      rssAfterMB: round(rssAfter, 1),
      perStreamKB: round(((rssAfter - rssBefore) * 1024) / options.streams, 1),
      idleCpuPercentWithout: cpuWithout,
      idleCpuPercentWith: cpuWith,
      idleSeconds: options.idleSeconds,
    },
  };
}
