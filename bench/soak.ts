/**
 * Soak: the built server on its own SQLite database (or DATABASE_URL=postgresql://... of an empty
 * database), a mixed read and write load at a fixed rate on 127.0.0.1 for a few minutes, with hostile
 * requests mixed in (malformed paths and bodies, invalid UTF-8, wrong passwords, deeply nested JSON,
 * and every --heavy-every seconds one of the outside attack's 1 MB HTML pages). Passes when no
 * response is a 5xx, the Next.js server process never restarts, and the server's memory (RSS of its
 * process group) grows less than the bound between the end of the warm-up and the end of the run.
 *
 *   npx tsx bench/soak.ts [--seconds=180] [--rate=40] [--max-growth-mb=150] [--heavy-every=15] [--hostile=0]
 *
 * Needs a production build. Prints a JSON summary and writes it to bench/results/.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { exited, freePort, killGroup, startServer, waitUntilUp } from "../scripts/lib/server-process";

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const SECONDS = arg("seconds", 180);
const RATE = arg("rate", 40);
const MAX_GROWTH_MB = arg("max-growth-mb", 150);
const WARMUP_SECONDS = Math.min(30, Math.floor(SECONDS / 4));
const MAX_IN_FLIGHT = 64;
const HOSTILE = arg("hostile", 1) !== 0;
const HEAVY_EVERY_SECONDS = arg("heavy-every", 15);

/** The outside attack's two pages that ran the server's heap out (issue 14, finding 1). */
const HEAVY_PAGES = [
  { title: "dos", html: "<p>" + "a<i>b</i> ".repeat(100_000) + "</p>" },
  { title: "nested", html: "<b>".repeat(200_000) + "x" },
];

/** Process ids of the Next.js server processes in the group: a restart shows as a new one. */
function serverPids(pgid: number): number[] {
  const out = execFileSync("ps", ["-o", "pid=,args=", "-g", String(pgid)], { encoding: "utf8" });
  return out
    .split("\n")
    .filter((line) => /next-server|next start|next\/dist\/bin\/next/.test(line))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

/** Resident memory of every process in the group (tsx and the Next.js server), in MiB. */
function groupRssMb(pgid: number): number {
  const out = execFileSync("ps", ["-o", "rss=", "-g", String(pgid)], { encoding: "utf8" });
  return (
    out
      .split("\n")
      .filter(Boolean)
      .reduce((sum, kb) => sum + Number(kb), 0) / 1024
  );
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function main() {
  const dir = path.resolve("tmp", `soak-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const databaseUrl = process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : `file:${path.join(dir, "soak.db")}`;
  const log: string[] = [];
  const server = startServer({ PORT: String(port), DATABASE_URL: databaseUrl, DATA_DIR: dir, APP_URL: base }, log);
  try {
    await waitUntilUp(base, server, log);
    const t = await fetch(`${base}/api/v1/tokens`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "editor@claimboard.local", password: "claimboard-demo" }),
    });
    const { token } = (await t.json()) as { token: string };
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    const get = (url: string) => fetch(`${base}${url}`, { headers });
    const send = (method: string, url: string, body: unknown) => fetch(`${base}${url}`, { method, headers, body: JSON.stringify(body) });

    // The demo story is the read target; writes go to a story of their own.
    const stories = (await (await get("/api/v1/stories")).json()) as { items: { id: string }[] };
    const demo = stories.items[0]!.id;
    const demoStory = (await (await get(`/api/v1/stories/${demo}`)).json()) as { articles: { id: string }[] };
    const story = (await (await send("POST", "/api/v1/stories", { title: "Soak" })).json()) as { id: string };
    const text = Array.from({ length: 30 }, (_, i) => `Sentence number ${i} says the bridge was closed on day ${i}.`).join(" ");
    const article = (await (await send("POST", `/api/v1/stories/${story.id}/articles`, { title: "Soak article", text })).json()) as { id: string };

    const claims: { id: string; version: number }[] = [];
    let n = 0;
    const raw = (method: string, url: string, body: BodyInit, type = "application/json") =>
      fetch(`${base}${url}`, { method, headers: { authorization: headers.authorization, "content-type": type }, body });
    const hostile: [weight: number, name: string, run: () => Promise<Response>][] = [
      [1, "hostile: malformed path encoding", () => get(n % 2 ? "/api/v1/stories/%FF%FE" : "/stories/%ED%A0%80")],
      [
        1,
        "hostile: invalid UTF-8 body",
        () => raw("POST", "/api/v1/stories", Buffer.from([0x7b, 0x22, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d])),
      ],
      [1, "hostile: nested JSON", () => raw("POST", `/api/v1/stories/${story.id}/propositions`, "[".repeat(50_000) + "]".repeat(50_000))],
      [
        1,
        "hostile: wrong password",
        () =>
          fetch(`${base}/api/v1/tokens`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ email: `nobody${n % 50}@claimboard.local`, password: "wrong-password" }),
          }),
      ],
      [
        1,
        "hostile: unknown fields",
        () => raw("POST", `/api/v1/articles/${article.id}/claims`, `{"exact":"Sentence","statement":"${"x".repeat(300_001)}","__proto__":{"admin":true}}`),
      ],
    ];
    const operations: [weight: number, name: string, run: () => Promise<Response>][] = [
      [20, "GET story list", () => get("/api/v1/stories")],
      [15, "GET story", () => get(`/api/v1/stories/${demo}`)],
      [15, "GET comparison", () => get(`/api/v1/stories/${demo}/comparison`)],
      [10, "GET article", () => get(`/api/v1/articles/${demoStory.articles[n % demoStory.articles.length]!.id}`)],
      [10, "GET claims", () => get(`/api/v1/articles/${demoStory.articles[n % demoStory.articles.length]!.id}/claims`)],
      [5, "GET page /", () => get("/")],
      [
        10,
        "POST claim",
        async () => {
          const i = n % 30;
          const r = await send("POST", `/api/v1/articles/${article.id}/claims`, {
            exact: `Sentence number ${i} says`,
            statement: `Claim ${n}`,
            sourcing: "attributed",
          });
          if (r.status === 201) claims.push((await r.clone().json()) as { id: string; version: number });
          return r;
        },
      ],
      [
        8,
        "PATCH claim",
        async () => {
          const c = claims[n % Math.max(1, claims.length)];
          if (!c) return get("/api/v1/stories");
          const r = await send("PATCH", `/api/v1/claims/${c.id}`, { version: c.version, statement: `Edited ${n}` });
          if (r.status === 200) c.version = ((await r.clone().json()) as { version: number }).version;
          return r;
        },
      ],
      [7, "POST proposition", () => send("POST", `/api/v1/stories/${story.id}/propositions`, { statement: `Proposition ${n}` })],
      ...(HOSTILE ? hostile : []),
    ];
    const total = operations.reduce((s, [w]) => s + w, 0);
    const pick = () => {
      let r = Math.random() * total;
      for (const op of operations) if ((r -= op[0]) < 0) return op;
      return operations[0]!;
    };

    const statuses: Record<string, number> = {};
    const latencies: number[] = [];
    const byOp: Record<string, number[]> = {};
    const memory: { second: number; rssMb: number }[] = [];
    let inFlight = 0;
    let skipped = 0;
    let errors = 0;
    const start = Date.now();
    const pending: Promise<void>[] = [];
    const seenServerPids = new Set(serverPids(server.pid!));
    const sampler = setInterval(() => {
      memory.push({ second: Math.round((Date.now() - start) / 1000), rssMb: Math.round(groupRssMb(server.pid!)) });
      for (const pid of serverPids(server.pid!)) seenServerPids.add(pid);
    }, 5000);
    // The heavy pages go one at a time at a fixed interval (bounded: at most SECONDS / HEAVY_EVERY of them).
    const heavyStatuses: Record<string, number> = {};
    let heavySent = 0;
    const heavy = HOSTILE
      ? setInterval(() => {
          const page = HEAVY_PAGES[heavySent++ % HEAVY_PAGES.length]!;
          pending.push(
            send("POST", `/api/v1/stories/${story.id}/articles`, page)
              .then(async (r) => {
                await r.arrayBuffer();
                heavyStatuses[r.status] = (heavyStatuses[r.status] ?? 0) + 1;
                statuses[r.status] = (statuses[r.status] ?? 0) + 1;
              })
              .catch(() => void errors++),
          );
        }, HEAVY_EVERY_SECONDS * 1000)
      : undefined;
    for (let i = 0; i < SECONDS * RATE; i++) {
      const due = start + (i * 1000) / RATE;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      if (inFlight >= MAX_IN_FLIGHT) {
        skipped++;
        continue;
      }
      const [, name, runOp] = pick();
      n++;
      inFlight++;
      const t0 = performance.now();
      pending.push(
        runOp()
          .then(async (r) => {
            await r.arrayBuffer();
            statuses[r.status] = (statuses[r.status] ?? 0) + 1;
            const ms = performance.now() - t0;
            latencies.push(ms);
            (byOp[name] ??= []).push(ms);
          })
          .catch(() => void errors++)
          .finally(() => void inFlight--),
      );
    }
    clearInterval(heavy);
    await Promise.all(pending);
    clearInterval(sampler);
    for (const pid of serverPids(server.pid!)) seenServerPids.add(pid);
    const serverRestarts = Math.max(0, seenServerPids.size - 1);
    memory.push({ second: Math.round((Date.now() - start) / 1000), rssMb: Math.round(groupRssMb(server.pid!)) });

    latencies.sort((a, b) => a - b);
    const warm = memory.find((m) => m.second >= WARMUP_SECONDS) ?? memory[0]!;
    const end = memory.at(-1)!;
    const fiveXX = Object.entries(statuses)
      .filter(([s]) => Number(s) >= 500)
      .reduce((sum, [, c]) => sum + c, 0);
    const summary = {
      at: new Date().toISOString(),
      database: databaseUrl.startsWith("postgres") ? "postgresql" : "sqlite",
      seconds: SECONDS,
      targetRate: RATE,
      requests: latencies.length,
      achievedRate: Math.round((latencies.length / ((Date.now() - start) / 1000)) * 10) / 10,
      skippedAtConcurrencyCap: skipped,
      connectionErrors: errors,
      statuses,
      hostile: HOSTILE ? { heavyPages: heavySent, heavyStatuses, lightWeightShare: hostile.reduce((a, [w]) => a + w, 0) / total } : false,
      serverRestarts,
      fiveXX,
      latencyMs: {
        p50: Math.round(percentile(latencies, 50)),
        p95: Math.round(percentile(latencies, 95)),
        p99: Math.round(percentile(latencies, 99)),
        max: Math.round(latencies.at(-1) ?? 0),
      },
      p95ByOperationMs: Object.fromEntries(
        Object.entries(byOp).map(([k, v]) => [
          k,
          Math.round(
            percentile(
              v.sort((a, b) => a - b),
              95,
            ),
          ),
        ]),
      ),
      memoryMb: {
        afterWarmup: warm.rssMb,
        max: Math.max(...memory.map((m) => m.rssMb)),
        end: end.rssMb,
        growthAfterWarmup: end.rssMb - warm.rssMb,
        bound: MAX_GROWTH_MB,
      },
      memorySamples: memory,
    };
    const pass = fiveXX === 0 && errors === 0 && serverRestarts === 0 && summary.memoryMb.growthAfterWarmup < MAX_GROWTH_MB;
    console.log(JSON.stringify({ ...summary, pass }, null, 2));
    mkdirSync(path.resolve("bench/results"), { recursive: true });
    writeFileSync(
      path.resolve("bench/results", `soak-${summary.database}-${summary.at.slice(0, 10)}.json`),
      JSON.stringify({ ...summary, pass }, null, 2) + "\n",
    );
    process.exitCode = pass ? 0 : 1;
  } finally {
    killGroup(server, "SIGTERM");
    await Promise.race([exited(server), new Promise((r) => setTimeout(r, 5000))]);
    killGroup(server, "SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
