/**
 * Crash safety: starts the built server on its own database, fires a burst of concurrent writes with
 * an API token, SIGKILLs the server (its whole process group) in the middle, restarts it on the same
 * database and checks that every acknowledged write is there with what was sent, that nothing is
 * half-written (each article has its revision, each created row its audit entry), and, on SQLite,
 * that `PRAGMA integrity_check` and `foreign_key_check` pass.
 *
 *   npx tsx scripts/crash/crash-check.ts                      # SQLite in a temporary directory
 *   npx tsx scripts/crash/crash-check.ts postgresql://...     # an empty PostgreSQL database
 *
 * Needs a production build (`npm run build`). Traffic goes to 127.0.0.1 only.
 */
import { randomUUID } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { exited, freePort, killGroup, startServer, waitUntilUp } from "../lib/server-process";

export interface CrashReport {
  provider: "sqlite" | "postgresql";
  acknowledged: number;
  inFlightAtKill: number;
  presentAfterRestart: number;
  missing: string[];
  halfWritten: string[];
  integrity: string;
  millisecondsBeforeKill: number;
}

const ROOT = path.resolve(__dirname, "../..");

type Query = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

async function openDatabase(url: string): Promise<{ query: Query; close: () => Promise<void>; provider: CrashReport["provider"] }> {
  if (url.startsWith("postgres")) {
    const { Client } = await import("pg");
    const client = new Client({ connectionString: url });
    await client.connect();
    return {
      provider: "postgresql",
      query: async (sql, params = []) => {
        let i = 0;
        return (
          await client.query(
            sql.replace(/\?/g, () => `$${++i}`),
            params,
          )
        ).rows as Record<string, unknown>[];
      },
      close: () => client.end(),
    };
  }
  const Database = (await import("better-sqlite3")).default;
  const db = new Database(url.replace(/^file:/, ""), { readonly: true });
  return {
    provider: "sqlite",
    query: async (sql, params = []) => db.prepare(sql).all(...params) as Record<string, unknown>[],
    close: async () => void db.close(),
  };
}

interface Write {
  kind: "story" | "article" | "proposition";
  id: string;
  sent: string;
}

export async function runCrashCheck(options: { databaseUrl?: string; workers?: number; minAcknowledged?: number } = {}): Promise<CrashReport> {
  const workDir = path.join(ROOT, "tmp", `crash-${process.pid}-${Date.now()}`);
  mkdirSync(workDir, { recursive: true });
  const databaseUrl = options.databaseUrl ?? `file:${path.join(workDir, "crash.db")}`;
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = { PORT: String(port), DATABASE_URL: databaseUrl, DATA_DIR: workDir, APP_URL: base };
  const log: string[] = [];
  let server = startServer(env, log);
  try {
    await waitUntilUp(base, server, log);
    const tokenRes = await fetch(`${base}/api/v1/tokens`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "editor@claimboard.local", password: process.env.DEMO_PASSWORD ?? "claimboard-demo" }),
    });
    if (tokenRes.status !== 201) throw new Error(`No token: ${tokenRes.status} ${await tokenRes.text()}`);
    const { token } = (await tokenRes.json()) as { token: string };
    const run = randomUUID().slice(0, 8);
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };

    const acked: Write[] = [];
    const stories: string[] = [];
    let inFlight = 0;
    let stop = false;
    let n = 0;
    const post = async (url: string, body: Record<string, unknown>) => {
      inFlight++;
      try {
        const r = await fetch(`${base}${url}`, { method: "POST", headers, body: JSON.stringify(body) });
        return r.status === 201 ? ((await r.json()) as { id: string }) : null;
      } finally {
        inFlight--;
      }
    };
    const worker = async () => {
      while (!stop) {
        const i = n++;
        try {
          if (stories.length === 0 || i % 5 === 0) {
            const title = `crash-${run}-story-${i}`;
            const r = await post("/api/v1/stories", { title, description: `Story ${i} of the crash test.` });
            if (r) {
              stories.push(r.id);
              acked.push({ kind: "story", id: r.id, sent: title });
            }
          } else if (i % 5 < 4) {
            const title = `crash-${run}-article-${i}`;
            const text = Array.from({ length: 40 }, (_, p) => `Paragraph ${p} of article ${i}: the bridge was closed, officials said.`).join("\n\n");
            const r = await post(`/api/v1/stories/${stories[i % stories.length]}/articles`, { title, text });
            if (r) acked.push({ kind: "article", id: r.id, sent: title });
          } else {
            const statement = `crash-${run}-proposition-${i}`;
            const r = await post(`/api/v1/stories/${stories[i % stories.length]}/propositions`, { statement });
            if (r) acked.push({ kind: "proposition", id: r.id, sent: statement });
          }
        } catch {
          // The connection died with the server: this write's outcome is unknown, and it was never acknowledged.
          if (stop) return;
        }
      }
    };
    const started = Date.now();
    const workers = Array.from({ length: options.workers ?? 8 }, worker);
    // Kill once the burst is well under way (enough acknowledged writes), at a random moment.
    const minAcked = options.minAcknowledged ?? 40;
    for (const until = Date.now() + 60_000; acked.length < minAcked && Date.now() < until;) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 300)));
    const inFlightAtKill = inFlight;
    killGroup(server, "SIGKILL");
    stop = true;
    const millisecondsBeforeKill = Date.now() - started;
    await exited(server);
    await Promise.all(workers);
    const acknowledged = [...acked];

    server = startServer(env, log);
    await waitUntilUp(base, server, log);

    const db = await openDatabase(databaseUrl);
    try {
      const table = { story: ["story", "title"], article: ["article", "title"], proposition: ["proposition", "statement"] } as const;
      const missing: string[] = [];
      for (const w of acknowledged) {
        const [t, col] = table[w.kind];
        const rows = await db.query(`SELECT "${col}" AS v FROM "${t}" WHERE id = ?`, [w.id]);
        if (rows[0]?.v !== w.sent) missing.push(`${w.kind} ${w.id} (${w.sent}): ${rows.length ? `holds ${String(rows[0]!.v)}` : "absent"}`);
      }
      // Everything of this run, acknowledged or not, must be whole.
      const like = `crash-${run}-%`;
      const halfWritten = [
        ...(
          await db.query(
            `SELECT a.id FROM article a LEFT JOIN article_revision r ON r.id = a."currentRevisionId" AND r."articleId" = a.id
           WHERE a.title LIKE ? AND (r.id IS NULL OR length(r.text) = 0)`,
            [like],
          )
        ).map((r) => `article ${String(r.id)} without its revision`),
        ...(
          await db.query(
            `SELECT x.id, x.kind FROM (
             SELECT id, 'story' AS kind FROM story WHERE title LIKE ?
             UNION ALL SELECT id, 'article' FROM article WHERE title LIKE ?
             UNION ALL SELECT id, 'proposition' FROM proposition WHERE statement LIKE ?) x
           WHERE NOT EXISTS (SELECT 1 FROM audit_entry e WHERE e."entityId" = x.id)`,
            [like, like, like],
          )
        ).map((r) => `${String(r.kind)} ${String(r.id)} without its audit entry`),
      ];
      let integrity = "PostgreSQL: constraints enforced by the server";
      if (db.provider === "sqlite") {
        const check = (await db.query("PRAGMA integrity_check")).map((r) => String(Object.values(r)[0])).join("; ");
        const fk = await db.query("PRAGMA foreign_key_check");
        integrity = `integrity_check: ${check}; foreign_key_check: ${fk.length} problems`;
        if (check !== "ok" || fk.length) halfWritten.push(integrity);
      }
      const present = acknowledged.length - missing.length;
      return {
        provider: db.provider,
        acknowledged: acknowledged.length,
        inFlightAtKill,
        presentAfterRestart: present,
        missing,
        halfWritten,
        integrity,
        millisecondsBeforeKill,
      };
    } finally {
      await db.close();
    }
  } finally {
    killGroup(server, "SIGTERM");
    await Promise.race([exited(server), new Promise((r) => setTimeout(r, 5000))]);
    killGroup(server, "SIGKILL");
    rmSync(workDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  runCrashCheck({ databaseUrl: process.argv[2] })
    .then((report) => {
      console.log(JSON.stringify(report, null, 2));
      process.exit(report.missing.length || report.halfWritten.length || report.acknowledged === 0 ? 1 : 0);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
