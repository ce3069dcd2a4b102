/**
 * Every mutating REST endpoint, discovered from app/api/v1/**\/route.ts (so endpoints added later are
 * covered without touching this file), gets hostile bodies (tests/support/hostile.ts) on real
 * resources, and hostile ids in its path. Each must answer 4xx in the API's error shape, never 5xx,
 * and store nothing: the rows of the story and users involved are fingerprinted after every run.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeParsePool } from "@/domain/parsing/pool";
import { hostileBody, hostileId, prototypePolluted, type RawBody } from "../support/hostile";
import { scopedFingerprint, type Scope } from "../support/scoped-rows";
import { makeFuzzTarget, makeWebhookWithDelivery } from "../support/factories";
import { tokenFor } from "../support/api";

const RUNS_PER_ENDPOINT = Number(process.env.FUZZ_RUNS ?? 40);
const MUTATING = ["POST", "PUT", "PATCH", "DELETE"] as const;
const ROOT = path.resolve(__dirname, "../..");

type Handler = (request: Request, ctx: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

interface Endpoint {
  file: string;
  method: (typeof MUTATING)[number];
  /** "/api/v1/stories/[id]/articles" */
  pattern: string;
  /** Whether this method's handler reads a body (`body()` in its source). */
  readsBody: boolean;
}

function discover(): Endpoint[] {
  const files = readdirSync(path.join(ROOT, "app/api/v1"), { recursive: true, encoding: "utf8" })
    .filter((f) => path.basename(f) === "route.ts")
    .map((f) => path.join("app/api/v1", f).split(path.sep).join("/"))
    .sort();
  const endpoints: Endpoint[] = [];
  for (const file of files) {
    const source = readFileSync(path.join(ROOT, file), "utf8");
    const pattern = "/" + path.dirname(file).replace(/^app\//, "");
    // Each `export const METHOD = ...` up to the next export; re-exports (`export { x as POST }`) count as bodiless.
    const chunks = source.split(/^(?=export )/m);
    for (const method of MUTATING) {
      const own = chunks.find((c) => new RegExp(`^export (const|async function|function) ${method}\\b`).test(c));
      const reexported = new RegExp(`\\bas ${method}\\b`).test(source);
      if (!own && !reexported) continue;
      endpoints.push({ file, method, pattern, readsBody: !!own && /\bbody\(\)|readJsonText\(|readTextBody\(/.test(own) });
    }
  }
  return endpoints;
}

const endpoints = discover();

interface Fixture {
  token: string;
  scope: Scope;
  /** Real ids by the collection their path segment names. */
  ids: Record<string, string>;
  /** The editor who owns the rows (an assignee bodies can name). */
  userId: string;
}
let f: Fixture;

beforeAll(async () => {
  // The resources belong to an editor; the fuzzing admin may change anything, so a refusal can only
  // come from the input, never from permissions.
  const t = await makeFuzzTarget();
  const admin = await tokenFor("admin");
  const hook = await makeWebhookWithDelivery(admin.user.id);
  f = {
    token: admin.token,
    scope: t.scopeWith(admin.user.id),
    ids: {
      stories: t.story.id,
      articles: t.article.id,
      claims: t.claim.id,
      propositions: t.proposition.id,
      links: t.link.id,
      webhooks: hook.webhook.id,
      deliveries: hook.deliveryId,
      assignments: t.assignment.id,
    },
    userId: t.user.id,
  };
});

/**
 * Bodies the endpoints accept (on the fixture's rows), so that a hostile id or one bad field is the
 * only thing wrong. Endpoints added later without an entry get `{ version: 1 }` for PATCH and DELETE.
 */
function validBody(e: Endpoint): Record<string, unknown> | null {
  const known: Record<string, Record<string, unknown>> = {
    "POST /api/v1/stories": { title: "T" },
    "PATCH /api/v1/stories/[id]": { version: 1, title: "T" },
    "POST /api/v1/stories/[id]/articles": { title: "T", text: "Some text." },
    "POST /api/v1/stories/[id]/propositions": { statement: "S" },
    "PATCH /api/v1/articles/[id]": { version: 1, author: "A" },
    "PUT /api/v1/articles/[id]/text": { version: 1, text: "Alpha said the bridge was closed. Gamma agreed." },
    "POST /api/v1/articles/[id]/claims": { exact: "Gamma agreed.", statement: "S", sourcing: "confirmed" },
    "PATCH /api/v1/claims/[id]": { version: 1, statement: "S" },
    "PATCH /api/v1/propositions/[id]": { version: 1, statement: "S" },
    "POST /api/v1/propositions/[id]/links": { claimId: f?.ids.claims ?? "", stance: "supports", note: "N" },
    "PATCH /api/v1/links/[id]": { version: 1, note: "N" },
    "POST /api/v1/review/bulk": { items: [{ kind: "claim", id: f?.ids.claims ?? "", version: 1 }], decision: "send_back", comment: "C" },
    "POST /api/v1/tokens": { email: "nobody@claimboard.invalid", password: "p" },
    "POST /api/v1/webhooks": { url: "http://127.0.0.1:9/hook", events: ["story.never_happens"], secret: "long enough secret" },
    "POST /api/v1/assignments": { articleId: f?.ids.articles ?? "", userId: f?.userId ?? "", mode: "shared", due: "2026-12-24", note: "N" },
    "PATCH /api/v1/assignments/[id]": { version: 1, note: "N" },
    "POST /api/v1/articles/[id]/adjudications": { unitId: "0-33", claimId: f?.ids.claims ?? "", statement: "S", source: "N", cue: "C" },
  };
  return known[`${e.method} ${e.pattern}`] ?? (e.method === "PATCH" || e.method === "DELETE" || e.pattern.endsWith("/restore") ? { version: 1 } : null);
}

/** Text no field may take: lone surrogates, NUL characters, or longer than any field's limit. */
const badText = fc.oneof(
  fc.constantFrom("\ud800", "a\udfffb", "\udc00\ud800", "ok \ud83d", "nul \u0000 char"),
  fc.string({ maxLength: 10 }).map((s) => s + "\ud800" + s),
  fc.constant("x".repeat(300_001)),
);

/** Path params: a real id for the collection the segment follows, or a hostile one. */
function paramsFor(pattern: string, pick: (collection: string) => string): Record<string, string | string[]> {
  const segments = pattern.split("/");
  const params: Record<string, string | string[]> = {};
  segments.forEach((segment, i) => {
    const catchAll = /^\[\.\.\.(\w+)\]$/.exec(segment);
    if (catchAll) return void (params[catchAll[1]!] = [pick("(catch-all)")]);
    const dynamic = /^\[(\w+)\]$/.exec(segment);
    if (dynamic) params[dynamic[1]!] = pick(segments[i - 1] ?? "");
  });
  return params;
}

function requestFor(e: Endpoint, body: RawBody | null, params: Record<string, string | string[]>): Request {
  const url = new URL(
    e.pattern.replace(/\[(\.\.\.)?(\w+)\]/g, (_, _dots, name) => encodeURIComponent(String(params[name]).replace(/[\ud800-\udfff]/g, "?"))),
    "http://localhost:3000",
  );
  const headers: Record<string, string> = { authorization: `Bearer ${f.token}` };
  if (body) headers["content-type"] = body.contentType;
  return new Request(url, { method: e.method, headers, body: body?.body as BodyInit | undefined });
}

async function expectRefused(e: Endpoint, request: Request, params: Record<string, string | string[]>, what: string) {
  const mod = (await import(path.join(ROOT, e.file))) as Record<string, Handler>;
  const before = await scopedFingerprint(f.scope);
  const response = await mod[e.method]!(request, { params: Promise.resolve(params) });
  const text = await response.text();
  const label = `${e.method} ${e.pattern} with ${what}: ${response.status} ${text.slice(0, 300)}`;
  expect(response.status, label).toBeGreaterThanOrEqual(400);
  expect(response.status, label).toBeLessThan(500);
  const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
  expect(typeof body.error?.code, label).toBe("string");
  expect(typeof body.error?.message, label).toBe("string");
  expect(text, label).not.toMatch(/\bat \S+ \(|node_modules|prisma|PrismaClient|SQLITE|stack/i);
  expect(await scopedFingerprint(f.scope), label).toEqual(before);
  expect(prototypePolluted(), label).toEqual([]);
}

describe("fuzz: every mutating endpoint refuses hostile input and stores nothing", () => {
  it("finds the endpoints", () => {
    expect(endpoints.length).toBeGreaterThanOrEqual(15);
    expect(endpoints.map((e) => `${e.method} ${e.pattern}`)).toContain("POST /api/v1/stories/[id]/articles");
    // Handlers that read the body's text themselves (to parse it in a worker, or as CSV) are fuzzed too.
    const reading = endpoints.filter((e) => e.readsBody).map((e) => `${e.method} ${e.pattern}`);
    expect(reading).toEqual(expect.arrayContaining(["POST /api/v1/stories/import", "POST /api/v1/articles/[id]/claims/import"]));
  });

  for (const e of endpoints.filter((x) => x.readsBody)) {
    it(`${e.method} ${e.pattern}: hostile bodies`, async () => {
      const params = paramsFor(e.pattern, (collection) => f.ids[collection] ?? "no-such-id");
      await fc.assert(
        fc.asyncProperty(hostileBody, async (body) => {
          await expectRefused(e, requestFor(e, body, params), params, `${body.kind} ${String(body.body).slice(0, 120)}`);
        }),
        { numRuns: RUNS_PER_ENDPOINT },
      );
    });
  }

  for (const e of endpoints.filter((x) => x.pattern.includes("["))) {
    it(`${e.method} ${e.pattern}: hostile ids`, async () => {
      await fc.assert(
        fc.asyncProperty(hostileId, async (id) => {
          const params = paramsFor(e.pattern, () => id);
          // A valid body where one is known, so that only the id is wrong and it reaches the database.
          const body: RawBody = { kind: "json", contentType: "application/json", body: JSON.stringify(validBody(e) ?? {}) };
          await expectRefused(e, requestFor(e, e.readsBody ? body : null, params), params, `id ${JSON.stringify(id.slice(0, 80))}`);
        }),
        { numRuns: Math.ceil(RUNS_PER_ENDPOINT / 2) },
      );
    });
  }

  for (const e of endpoints.filter((x) => x.readsBody && validBody(x))) {
    it(`${e.method} ${e.pattern}: a valid body with one field ill-formed or oversized`, async () => {
      const valid = validBody(e)!;
      const fields = Object.keys(valid).filter((k) => typeof valid[k] === "string" && k !== "claimId");
      if (!fields.length) return;
      const params = paramsFor(e.pattern, (collection) => f.ids[collection] ?? "no-such-id");
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...fields), badText, async (field, value) => {
          const body: RawBody = { kind: "json", contentType: "application/json", body: JSON.stringify({ ...valid, [field]: value }) };
          await expectRefused(e, requestFor(e, body, params), params, `${field} = ${JSON.stringify(value.slice(0, 40))}… (${value.length} chars)`);
        }),
        { numRuns: Math.ceil(RUNS_PER_ENDPOINT / 3) },
      );
    });

    // Issue 14: well-formed JSON whose string holds bytes that are not UTF-8 (lone continuation
    // bytes, 0xFF/0xFE, a truncated sequence, an encoded surrogate, an overlong form) was stored as U+FFFD.
    it(`${e.method} ${e.pattern}: a valid body with invalid UTF-8 inside one string`, async () => {
      const valid = validBody(e)!;
      const fields = Object.keys(valid).filter((k) => typeof valid[k] === "string" && k !== "claimId");
      if (!fields.length) return;
      const params = paramsFor(e.pattern, (collection) => f.ids[collection] ?? "no-such-id");
      const invalid = fc.constantFrom([0xff, 0xfe, 0xc3, 0x28], [0x80], [0xc3], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82]);
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...fields), invalid, async (field, bytes) => {
          const [head, tail] = JSON.stringify({ ...valid, [field]: "\u0001MARK" }).split("\\u0001MARK");
          const body = Uint8Array.from([...Buffer.from(head!), ...bytes, ...Buffer.from(tail!)]);
          const request = requestFor(e, { kind: "json", contentType: "application/json", body }, params);
          await expectRefused(e, request, params, `${field} with bytes ${bytes.map((b) => b.toString(16)).join(" ")}`);
        }),
        { numRuns: 7 },
      );
    });
  }
});

/**
 * Issue 14: inputs whose size is allowed but whose shape makes parsing costly (deep nesting, many
 * small items, the outside attack's pages). Each answers a 4xx, stores nothing, and leaves the
 * server's heap alone: the costly parsing runs in the parsing worker or is bounded before it starts.
 */
describe("fuzz: costly shapes within the size limits", () => {
  afterAll(() => closeParsePool());
  const nested = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`;
  const cases: { route: string; what: string; contentType?: string; body: () => string }[] = [
    // The attack's own pages (1 MB of inline tags, 200,000 nested <b>) are in hostile-html.test.ts.
    { route: "POST /api/v1/stories/[id]/articles", what: "a field nested 500,000 arrays deep", body: () => `{"title":${nested(500_000)}}` },
    {
      route: "POST /api/v1/stories/import",
      what: "a million bad items",
      body: () => `{"format":"claimboard-story","formatVersion":1,"articles":[${"1,".repeat(999_999)}1]}`,
    },
    {
      route: "POST /api/v1/stories/import",
      what: "an export nested 900,000 arrays deep",
      body: () => `{"format":"claimboard-story","formatVersion":1,"story":${nested(900_000)}}`,
    },
    {
      route: "POST /api/v1/articles/[id]/claims/import",
      what: "300,000 one-character rows",
      contentType: "text/csv",
      body: () => "quote,statement,sourcing\n" + "a,b,c\n".repeat(300_000),
    },
    {
      route: "POST /api/v1/articles/[id]/claims/import",
      what: "one 2 MB quoted cell",
      contentType: "text/csv",
      body: () => `quote,statement,sourcing\n"${"x".repeat(2_000_000)}",s,confirmed\n`,
    },
  ];
  for (const c of cases) {
    it(`${c.route}: ${c.what}`, async () => {
      const e = endpoints.find((x) => `${x.method} ${x.pattern}` === c.route)!;
      expect(e, c.route).toBeTruthy();
      const params = paramsFor(e.pattern, (collection) => f.ids[collection] ?? "no-such-id");
      global.gc?.();
      const before = process.memoryUsage().heapUsed;
      await expectRefused(e, requestFor(e, { kind: "json", contentType: c.contentType ?? "application/json", body: c.body() }, params), params, c.what);
      expect(process.memoryUsage().heapUsed - before, c.what).toBeLessThan(200 * 1024 * 1024);
    }, 90_000);
  }
});
