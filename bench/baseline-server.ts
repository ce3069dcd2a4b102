/**
 * The bare minimum to compare against: a node:http server with hand-written SQL over the same
 * database, no framework, no ORM, no authentication, no validation layer. It answers the same
 * comparison (computed by the same pure function, src/domain/comparison/compute.ts, so the figures
 * match ours), the same claims list, and a claim creation, so that `our figure / baseline figure` is
 * what our layers cost.
 *   DATABASE_URL=file:./x.db|postgresql://... PORT=3334 tsx bench/baseline-server.ts
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import Database from "better-sqlite3";
import pg from "pg";
import { computeComparison, type ComparisonInput } from "../src/domain/comparison/compute";

type Row = Record<string, unknown>;
interface Sql {
  all(text: string, params: unknown[]): Promise<Row[]>;
  /** Runs `fn` in one transaction. */
  tx<T>(fn: (q: (text: string, params: unknown[]) => Promise<Row[]>) => Promise<T>): Promise<T>;
  now(): unknown;
}

function sqlite(file: string): Sql {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  const cache = new Map<string, Database.Statement>();
  const prepared = (text: string) => {
    let s = cache.get(text);
    if (!s) cache.set(text, (s = db.prepare(text.replace(/\$\d+/g, "?"))));
    return s;
  };
  const run = (text: string, params: unknown[]) => {
    const s = prepared(text);
    return s.reader ? (s.all(...params) as Row[]) : (s.run(...params), []);
  };
  return {
    all: async (text, params) => run(text, params),
    tx: async (fn) => {
      // better-sqlite3 is synchronous, so nothing else runs between BEGIN and COMMIT except our awaits,
      // which resolve at once.
      db.exec("BEGIN IMMEDIATE");
      try {
        const out = await fn(async (t, p) => run(t, p));
        db.exec("COMMIT");
        return out;
      } catch (e) {
        db.exec("ROLLBACK");
        throw e;
      }
    },
    now: () => new Date().toISOString().replace("Z", "+00:00"),
  };
}

function postgres(url: string): Sql {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  return {
    all: async (text, params) => (await pool.query(text, params)).rows as Row[],
    tx: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const out = await fn(async (t, p) => (await client.query(t, p)).rows as Row[]);
        await client.query("COMMIT");
        return out;
      } catch (e) {
        await client.query("ROLLBACK");
        throw e;
      } finally {
        client.release();
      }
    },
    now: () => new Date(),
  };
}

async function comparison(sql: Sql, storyId: string) {
  const [articles, propositions, links] = await Promise.all([
    sql.all(`SELECT "id", "title" FROM "article" WHERE "storyId" = $1 AND "deletedAt" IS NULL ORDER BY "position", "createdAt"`, [storyId]),
    sql.all(`SELECT "id", "statement", "verdict" FROM "proposition" WHERE "storyId" = $1 AND "deletedAt" IS NULL ORDER BY "position", "createdAt", "id"`, [
      storyId,
    ]),
    sql.all(
      `SELECT l."propositionId", l."claimId", l."stance", c."articleId", c."sourcing" FROM "claim_link" l JOIN "claim" c ON c."id" = l."claimId"
       WHERE l."storyId" = $1 AND l."deletedAt" IS NULL AND c."deletedAt" IS NULL`,
      [storyId],
    ),
  ]);
  if (articles.length === 0) {
    const story = await sql.all(`SELECT 1 FROM "story" WHERE "id" = $1 AND "deletedAt" IS NULL`, [storyId]);
    if (story.length === 0) return null;
  }
  return computeComparison({
    storyId,
    articles: articles as ComparisonInput["articles"],
    propositions: propositions as ComparisonInput["propositions"],
    links: links as unknown as ComparisonInput["links"],
  });
}

async function claims(sql: Sql, storyId: string) {
  const where = `c."storyId" = $1 AND c."deletedAt" IS NULL AND a."deletedAt" IS NULL`;
  const [items, count] = await Promise.all([
    sql.all(
      `SELECT c.*, a."title" AS "articleTitle", u."name" AS "authorName" FROM "claim" c JOIN "article" a ON a."id" = c."articleId"
       LEFT JOIN "user" u ON u."id" = c."createdById" WHERE ${where} ORDER BY a."position", c."articleId", c."start", c."id" LIMIT 500`,
      [storyId],
    ),
    sql.all(`SELECT COUNT(*) AS "n" FROM "claim" c JOIN "article" a ON a."id" = c."articleId" WHERE ${where}`, [storyId]),
  ]);
  return { items, total: Number(count[0]?.n ?? 0), nextCursor: null };
}

async function createClaim(sql: Sql, articleId: string, body: { exact?: string; statement?: string; sourcing?: string }) {
  if (typeof body.exact !== "string" || typeof body.statement !== "string" || typeof body.sourcing !== "string")
    return { status: 400, body: { error: "exact, statement, sourcing" } };
  return sql.tx(async (q) => {
    const [article] = await q(
      `SELECT a."id", a."storyId", r."id" AS "revisionId", r."text" FROM "article" a JOIN "article_revision" r ON r."id" = a."currentRevisionId" WHERE a."id" = $1 AND a."deletedAt" IS NULL`,
      [articleId],
    );
    if (!article) return { status: 404, body: { error: "article" } };
    const start = String(article.text).indexOf(body.exact!);
    if (start < 0) return { status: 400, body: { error: "quote not found" } };
    const id = randomUUID();
    const now = sql.now();
    await q(
      `INSERT INTO "claim" ("id", "storyId", "articleId", "revisionId", "exact", "start", "end", "statement", "sourcing", "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [id, article.storyId, articleId, article.revisionId, body.exact, start, start + body.exact!.length, body.statement, body.sourcing, now, now],
    );
    await q(`UPDATE "story" SET "updatedAt" = $1 WHERE "id" = $2`, [now, article.storyId]);
    return { status: 201, body: { id, articleId, start, end: start + body.exact!.length } };
  });
}

function send(res: http.ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")));
      } catch (e) {
        reject(e);
      }
    });
    req.on("error", reject);
  });
}

function main() {
  const url = process.env.DATABASE_URL ?? "";
  const port = Number(process.env.PORT ?? 3334);
  const sql = url.startsWith("file:") ? sqlite(url.slice("file:".length)) : postgres(url);
  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    let m: RegExpExecArray | null;
    const handle = async () => {
      if (req.method === "GET" && (m = /^\/stories\/([^/]+)\/comparison$/.exec(path))) {
        const body = await comparison(sql, decodeURIComponent(m[1]!));
        return body ? send(res, 200, body) : send(res, 404, { error: "story" });
      }
      if (req.method === "GET" && (m = /^\/stories\/([^/]+)\/claims$/.exec(path))) return send(res, 200, await claims(sql, decodeURIComponent(m[1]!)));
      if (req.method === "POST" && (m = /^\/articles\/([^/]+)\/claims$/.exec(path))) {
        const out = await createClaim(sql, decodeURIComponent(m[1]!), (await readBody(req)) as never);
        return send(res, out.status, out.body);
      }
      if (path === "/health") return send(res, 200, { ok: true });
      send(res, 404, { error: "route" });
    };
    handle().catch((e: unknown) => send(res, 500, { error: String(e) }));
  });
  server.listen(port, "127.0.0.1", () => console.log(`baseline listening on ${port}`));
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => process.exit(0)));
}

main();
