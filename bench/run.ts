/**
 * `npm run bench [-- --quick]`: builds the production server, generates synthetic stories through
 * the data factories, and measures Claimboard against a bare node:http + SQL baseline on SQLite and
 * on PostgreSQL (docs/benchmarks.md). The last line printed is one JSON object with the headline
 * figures; everything is also written to bench/results/.
 */
import { startThrowawayPostgres } from "../scripts/lib/throwaway-postgres";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { apiToken, sessionCookie } from "./lib/auth";
import { addPgFiller, countClaims, FILLER_CLAIMS_PER_STORY } from "./lib/filler";
import { rssSampler, type Server, startServer } from "./lib/processes";
import { ratio, round } from "./lib/stats";
import { runApiSuite } from "./suites/api";
import { runLighthouse } from "./suites/lighthouse";
import { measureStoryCost } from "./suites/scale";
import { runSsrSuite } from "./suites/ssr";
import { bareStreamCost, runEventsSuite } from "./suites/events";
import { serverNodeOptions } from "../scripts/server-node-options";

const quick = process.argv.includes("--quick");
/** `--scale`: only the per-story cost against database size (PostgreSQL), at the full run's sizes. */
const scaleOnly = process.argv.includes("--scale");
/** `--events`: only the live-events suite (PostgreSQL, two instances). */
const eventsOnly = process.argv.includes("--events");
const root = path.resolve(__dirname, "..");
const work = path.join(root, "tmp", "bench");
const PORTS = {
  ours: Number(process.env.BENCH_PORT ?? 3304),
  scale: Number(process.env.BENCH_SCALE_PORT ?? 3314),
  baseline: Number(process.env.BENCH_BASELINE_PORT ?? 3334),
  events: Number(process.env.BENCH_EVENTS_PORT ?? 3324),
  bareSse: Number(process.env.BENCH_BARE_SSE_PORT ?? 3344),
};
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 56304);

const config = quick
  ? { sizes: { sqlite: [[20, 150]], postgresql: [] }, seconds: 4, ssrN: 15, scaleStory: [10, 50], scaleN: 25, largeClaims: 100_000, lighthouse: false }
  : // 100 x 300 is built through the factories (about 50,000 inserts), which on PostgreSQL takes too
    // long on a shared 2-CPU machine; SQLite covers that size.
    {
      sizes: {
        sqlite: [
          [2, 50],
          [20, 150],
          [100, 300],
        ],
        postgresql: [
          [2, 50],
          [20, 150],
        ],
      },
      seconds: 10,
      ssrN: 30,
      scaleStory: [20, 150],
      scaleN: 40,
      largeClaims: 1_000_000,
      lighthouse: true,
    };
type Size = readonly [number, number];
const CONNECTIONS = 32;
const HEADLINE_SIZE = "20 x 150";
const SMALL_DB_CLAIMS = 10_000;

const log = (...args: unknown[]) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...args);
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const nextBin = path.join(root, "node_modules", ".bin", "next");

function child(script: string, args: string[], env: Record<string, string>): string {
  return execFileSync(tsx, [script, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 1024 * 1024,
  }).toString();
}
const lastJson = <T>(out: string): T => JSON.parse(out.trim().split("\n").at(-1)!) as T;

interface Generated {
  label: string;
  storyId: string;
  articleIds: string[];
  claims: number;
  propositions: number;
  links: number;
  ms: number;
}

function appEnv(databaseUrl: string, port: number): Record<string, string> {
  return {
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    DATA_DIR: path.join(work, "data"),
    BETTER_AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123",
    APP_URL: `http://127.0.0.1:${port}`,
    // As `npm start` runs it (scripts/start.ts).
    NODE_OPTIONS: serverNodeOptions(),
  };
}

async function startOurs(databaseUrl: string, port: number) {
  return startServer(
    "claimboard",
    nextBin,
    ["start", "-H", "127.0.0.1", "-p", String(port)],
    appEnv(databaseUrl, port),
    `http://127.0.0.1:${port}`,
    "/sign-in",
  );
}
async function startBaseline(databaseUrl: string) {
  return startServer(
    "baseline",
    tsx,
    [path.join(root, "bench", "baseline-server.ts")],
    { DATABASE_URL: databaseUrl, PORT: String(PORTS.baseline) },
    `http://127.0.0.1:${PORTS.baseline}`,
    "/health",
  );
}

function prepareDatabase(databaseUrl: string, sizes: readonly (readonly [number, number])[]): Generated[] {
  child("bench/seed-accounts.ts", [], { DATABASE_URL: databaseUrl, DATA_DIR: path.join(work, "data") });
  return sizes.map(([a, c]) => {
    const label = `${a} x ${c}`;
    const g = lastJson<Omit<Generated, "label">>(
      child("bench/generate-story.ts", [String(a), String(c), label], { DATABASE_URL: databaseUrl, DATA_DIR: path.join(work, "data") }),
    );
    log(`generated story ${label}: ${g.claims} claims, ${g.propositions} propositions, ${g.links} links in ${g.ms} ms`);
    return { label, ...g };
  });
}

const pgCluster = () => startThrowawayPostgres(PG_PORT, "bench-pg");

async function createPgDatabase(adminUrl: string, name: string) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}"`);
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  return adminUrl.replace(/\/[^/]+$/, `/${name}`);
}

/** Checks that our comparison and the baseline's agree, so the ratio compares the same work. */
async function sameComparison(ours: string, baseline: string, token: string, storyId: string) {
  const a = (await (await fetch(`${ours}/api/v1/stories/${storyId}/comparison`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
    totals: unknown;
    pairs: unknown;
  };
  const b = (await (await fetch(`${baseline}/stories/${storyId}/comparison`)).json()) as { totals: unknown; pairs: unknown };
  if (JSON.stringify([a.totals, a.pairs]) !== JSON.stringify([b.totals, b.pairs]))
    throw new Error(`Our comparison and the baseline's differ for story ${storyId}: ${JSON.stringify(a.totals)} vs ${JSON.stringify(b.totals)}`);
}

async function providerRun(provider: "sqlite" | "postgresql", databaseUrl: string) {
  const stories = prepareDatabase(databaseUrl, config.sizes[provider] as unknown as Size[]);
  const servers: Server[] = [];
  try {
    const ours = await startOurs(databaseUrl, PORTS.ours);
    servers.push(ours);
    const baseline = await startBaseline(databaseUrl);
    servers.push(baseline);
    const token = await apiToken(ours.url, "analyst@claimboard.local");
    const cookie = await sessionCookie(ours.url, "viewer@claimboard.local");
    const bySize: Record<string, unknown> = {};
    let peakRss = 0;
    for (const story of stories) {
      await sameComparison(ours.url, baseline.url, token, story.storyId);
      log(`${provider} ${story.label}: API under load (${CONNECTIONS} connections, ${config.seconds} s each)`);
      const rss = rssSampler(ours.child.pid!);
      const api = await runApiSuite(
        { ours: ours.url, baseline: baseline.url, token, storyId: story.storyId, articleId: story.articleIds[0]!, articleIndex: 0 },
        CONNECTIONS,
        config.seconds,
      );
      const rssMB = rss.stop();
      const { removed } = lastJson<{ removed: number }>(
        child("bench/remove-load-claims.ts", [story.storyId], { DATABASE_URL: databaseUrl, DATA_DIR: path.join(work, "data") }),
      );
      log(`${provider} ${story.label}: removed the ${removed} claims written under load`);
      peakRss = Math.max(peakRss, rssMB);
      log(
        `${provider} ${story.label}: comparison ${api.comparison.ours.rps} rps (p99 ${api.comparison.ours.p99ms} ms) vs baseline ${api.comparison.baseline.rps} rps; ratio ${api.comparison.ratio}; peak RSS ${rssMB} MB`,
      );
      const ssr = await runSsrSuite({ ours: ours.url, baseline: baseline.url, cookie, storyId: story.storyId, n: config.ssrN });
      log(
        `${provider} ${story.label}: dashboard p50 ${ssr.ours.p50ms} ms (${ssr.htmlKB} KB) vs baseline comparison p50 ${ssr.baseline.p50ms} ms; ratio ${ssr.ratio}`,
      );
      bySize[story.label] = { story: { claims: story.claims, propositions: story.propositions, links: story.links, generatedMs: story.ms }, api, ssr, rssMB };
    }
    let lighthouse: unknown = null;
    if (config.lighthouse && provider === "sqlite") {
      const story = stories.find((s) => s.label === HEADLINE_SIZE)!;
      log("lighthouse on the dashboard");
      lighthouse = await runLighthouse(`${ours.url}/stories/${story.storyId}`, cookie);
      log("lighthouse", JSON.stringify(lighthouse));
    }
    const suggestions = lastJson<unknown>(
      child("bench/suites/suggestions.ts", [JSON.stringify(stories.map(({ label, storyId, articleIds }) => ({ label, storyId, articleIds })))], {
        DATABASE_URL: databaseUrl,
        DATA_DIR: path.join(work, "data"),
      }),
    );
    log(`${provider} suggestions: ${JSON.stringify(suggestions)}`);
    return { provider, bySize, peakRssMB: peakRss, lighthouse, suggestions };
  } finally {
    for (const s of servers.reverse()) await s.stop();
  }
}

async function scaleRun(pgAdminUrl: string) {
  const url = await createPgDatabase(pgAdminUrl, "claimboard_scale");
  const [a, c] = config.scaleStory as unknown as Size;
  const [story] = prepareDatabase(url, [[a, c]]);
  const fillerStories = (n: number) => Math.max(0, Math.round((n - story!.claims) / FILLER_CLAIMS_PER_STORY));
  const smallStories = fillerStories(SMALL_DB_CLAIMS);
  await addPgFiller(url, 0, smallStories);
  const server = await startOurs(url, PORTS.scale);
  try {
    const token = await apiToken(server.url, "analyst@claimboard.local");
    const smallClaims = await countClaims(url);
    const small = await measureStoryCost({ ours: server.url, token, storyId: story!.storyId, pgUrl: url, n: config.scaleN });
    log(`scale: ${smallClaims} claims in the database: cold p50 ${small.cold.p50ms} ms, warm p50 ${small.warm.p50ms} ms`);
    const largeStories = fillerStories(config.largeClaims);
    const t = Date.now();
    await addPgFiller(url, smallStories, largeStories, (done) => done % 200 === 0 && log(`filler: ${done} of ${largeStories} stories`));
    const largeClaims = await countClaims(url);
    log(`scale: bulk-inserted filler up to ${largeClaims} claims in ${Math.round((Date.now() - t) / 1000)} s`);
    const large = await measureStoryCost({ ours: server.url, token, storyId: story!.storyId, pgUrl: url, n: config.scaleN });
    log(`scale: ${largeClaims} claims in the database: cold p50 ${large.cold.p50ms} ms, warm p50 ${large.warm.p50ms} ms`);
    const plan = await explainComparison(url, story!.storyId);
    return {
      story: `${a} x ${c}`,
      plan,
      smallClaims,
      largeClaims,
      small,
      large,
      ratio: ratio(large.cold.p50ms, small.cold.p50ms),
      warmRatio: ratio(large.warm.p50ms, small.warm.p50ms),
    };
  } finally {
    await server.stop();
  }
}

/** Live events on PostgreSQL with two instances (bench/suites/events.ts). */
async function eventsRun(pgAdminUrl: string) {
  const url = await createPgDatabase(pgAdminUrl, "claimboard_events");
  child("bench/seed-accounts.ts", [], { DATABASE_URL: url, DATA_DIR: path.join(work, "data") });
  const a = await startOurs(url, PORTS.scale);
  const b = await startOurs(url, PORTS.events);
  try {
    const token = await apiToken(a.url, "editor@claimboard.local");
    const sizes = quick ? { writes: 100, streams: 100, idleSeconds: 5 } : { writes: 1000, streams: 500, idleSeconds: 10 };
    const ours = await runEventsSuite(a, b, token, sizes);
    const bareServer = await startServer(
      "bare-sse",
      tsx,
      [path.join(root, "bench", "baseline-sse.ts")],
      { PORT: String(PORTS.bareSse) },
      `http://127.0.0.1:${PORTS.bareSse}`,
      "/health",
    );
    const bare = await bareStreamCost(bareServer, sizes.streams).finally(() => bareServer.stop());
    const result = { ...ours, bareStreams: bare, perStreamRatio: ratio(ours.streams.perStreamKB, bare.perStreamKB) };
    log(
      `events: per stream ${result.streams.perStreamKB} KB vs bare node:http ${result.bareStreams.perStreamKB} KB (x${result.perStreamRatio}); p50 ${result.latency.p50ms} ms, p99 ${result.latency.p99ms} ms over ${result.latency.writes} writes (${result.latency.lost} lost); ${result.streams.count} streams: ${result.streams.perStreamKB} KB each, idle CPU ${result.streams.idleCpuPercentWith}% (none open: ${result.streams.idleCpuPercentWithout}%)`,
    );
    return result;
  } finally {
    await Promise.all([a.stop(), b.stop()]);
  }
}

/** The query plan of the comparison's links query on the large database (EXPLAIN ANALYZE). */
async function explainComparison(url: string, storyId: string) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `EXPLAIN (ANALYZE, BUFFERS) SELECT l."propositionId", l."claimId", l."stance", c."articleId", c."sourcing"
       FROM "claim_link" l JOIN "claim" c ON c."id" = l."claimId" AND c."storyId" = l."storyId" WHERE l."storyId" = $1 AND l."deletedAt" IS NULL AND c."deletedAt" IS NULL`,
      [storyId],
    );
    return rows.map((r: Record<string, string>) => r["QUERY PLAN"]);
  } finally {
    await client.end();
  }
}

function machine() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    loadAverage: os.loadavg().map((x) => round(x, 2)),
  };
}

async function main() {
  const started = Date.now();
  rmSync(work, { recursive: true, force: true });
  mkdirSync(path.join(work, "data"), { recursive: true });
  log(`mode: ${quick ? "quick" : "full"}; machine: ${JSON.stringify(machine())}`);
  log("production build (skipped when up to date)");
  execFileSync("node", [path.join(root, "scripts", "ensure-build.mjs")], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });

  if (scaleOnly) return scaleOnlyRun(started);
  if (eventsOnly) return eventsOnlyRun(started);
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    mode: quick ? "quick" : "full",
    machine: machine(),
    connections: CONNECTIONS,
    secondsPerLoad: config.seconds,
  };
  const runs: Awaited<ReturnType<typeof providerRun>>[] = [];
  let pg: ReturnType<typeof pgCluster> | null = null;
  try {
    runs.push(await providerRun("sqlite", `file:${path.join(work, "sqlite", "bench.db")}`));
    const hasPg = existsSync("/usr/lib/postgresql");
    if (hasPg) {
      pg = pgCluster();
      if (config.sizes.postgresql.length > 0) runs.push(await providerRun("postgresql", await createPgDatabase(pg.url, "claimboard_bench")));
      results.scale = await scaleRun(pg.url);
      results.events = await eventsRun(pg.url);
    } else {
      log("PostgreSQL server binaries not found: PostgreSQL runs skipped (scripts/setup/system-deps.sh installs them)");
    }
  } finally {
    pg?.stop();
  }
  results.runs = runs;
  results.seconds = Math.round((Date.now() - started) / 1000);
  results.machineAfter = machine();

  const head = runs.find((r) => r.provider === "sqlite")!.bySize[HEADLINE_SIZE] as {
    api: Awaited<ReturnType<typeof runApiSuite>>;
    ssr: Awaited<ReturnType<typeof runSsrSuite>>;
  };
  const scale = results.scale as Awaited<ReturnType<typeof scaleRun>> | undefined;
  const summary = {
    api: {
      rps: head.api.comparison.ours.rps,
      p99ms: head.api.comparison.ours.p99ms,
      baselineRps: head.api.comparison.baseline.rps,
      ratio: head.api.comparison.ratio,
    },
    ssr: { p50ms: head.ssr.ours.p50ms, baselineMs: head.ssr.baseline.p50ms, ratio: head.ssr.ratio },
    scale: scale
      ? { smallMs: scale.small.cold.p50ms, largeMs: scale.large.cold.p50ms, ratio: scale.ratio, smallClaims: scale.smallClaims, largeClaims: scale.largeClaims }
      : null,
    rssMB: Math.max(...runs.map((r) => r.peakRssMB)),
    events: results.events
      ? (({ latency, streams }: Awaited<ReturnType<typeof eventsRun>>) => ({
          p50ms: latency.p50ms,
          p99ms: latency.p99ms,
          lost: latency.lost,
          perStreamKB: streams.perStreamKB,
          perStreamRatioToBare: (results.events as { perStreamRatio: number }).perStreamRatio,
          idleCpuPercent: streams.idleCpuPercentWith,
          idleCpuPercentNoStreams: streams.idleCpuPercentWithout,
        }))(results.events as Awaited<ReturnType<typeof eventsRun>>)
      : null,
    story: `${HEADLINE_SIZE} (articles x claims per article), sqlite, ${CONNECTIONS} connections`,
    mode: quick ? "quick" : "full",
  };
  results.summary = summary;
  const file = writeResults(quick ? "quick" : "full", results);
  log(`results written to ${path.relative(root, file)} in ${results.seconds} s`);
  console.log(JSON.stringify(summary));
}

/** Writes bench/results/<date>-<mode>.json and latest-<mode>.json; answers the dated file's path. */
function writeResults(mode: string, results: unknown): string {
  const dir = path.join(root, "bench", "results");
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19);
  const text = JSON.stringify(results, null, 2) + "\n";
  const file = path.join(dir, `${stamp}-${mode}.json`);
  writeFileSync(file, text);
  writeFileSync(path.join(dir, `latest-${mode}.json`), text);
  return file;
}

async function scaleOnlyRun(started: number) {
  if (!existsSync("/usr/lib/postgresql")) throw new Error("The scale run needs PostgreSQL server binaries (scripts/setup/system-deps.sh installs them).");
  const pg = pgCluster();
  try {
    const scale = await scaleRun(pg.url);
    writeResults("scale", {
      date: new Date().toISOString(),
      mode: "scale",
      machine: machine(),
      scale,
      seconds: Math.round((Date.now() - started) / 1000),
      machineAfter: machine(),
    });
    console.log(
      JSON.stringify({
        scale: {
          smallMs: scale.small.cold.p50ms,
          largeMs: scale.large.cold.p50ms,
          ratio: scale.ratio,
          warmRatio: scale.warmRatio,
          smallClaims: scale.smallClaims,
          largeClaims: scale.largeClaims,
        },
      }),
    );
  } finally {
    pg.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

async function eventsOnlyRun(started: number) {
  const pg = pgCluster();
  try {
    const events = await eventsRun(pg.url);
    const results = {
      date: new Date().toISOString(),
      mode: quick ? "events-quick" : "events",
      machine: machine(),
      events,
      seconds: Math.round((Date.now() - started) / 1000),
    };
    const file = writeResults(results.mode, results);
    log(`results written to ${path.relative(root, file)}`);
    console.log(JSON.stringify({ events }));
  } finally {
    pg.stop();
  }
}
