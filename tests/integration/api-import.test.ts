import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/data/db";
import { StoryExport } from "@/domain/exchange/format";
import { GET as exportStory } from "../../app/api/v1/stories/[id]/export/route";
import { POST as importStory } from "../../app/api/v1/stories/import/route";
import { GET as getClaim } from "../../app/api/v1/claims/[id]/route";
import { POST as importClaims } from "../../app/api/v1/articles/[id]/claims/import/route";
import { call, tokenFor } from "../support/api";
import { makeStoryWithArticle } from "../support/factories";
import { callRaw, normaliseExport, seedRichDemoStory } from "../support/exchange";

let exported: StoryExport;
let editor: string;

async function exportJson(id: string, token: string): Promise<StoryExport> {
  const res = await callRaw(exportStory, `/api/v1/stories/${id}/export?format=json`, { token, params: { id } });
  expect(res.status).toBe(200);
  return StoryExport.parse(JSON.parse(res.text));
}

async function storiesTitled(title: string) {
  return (await getDb()).story.count({ where: { title } });
}

beforeAll(async () => {
  const { story } = await seedRichDemoStory();
  editor = (await tokenFor("editor")).token;
  exported = await exportJson(story.id, editor);
});

describe("POST /api/v1/stories/import", () => {
  it("imports a json export as a new story that exports identically (modulo ids, timestamps and authorship)", async () => {
    const res = await call(importStory, "/api/v1/stories/import", { token: editor, body: exported });
    expect(res.status).toBe(201);
    const counts = {
      articles: 2,
      revisions: 3,
      claims: exported.articles.flatMap((a) => a.claims).length,
      propositions: exported.propositions.length,
      links: exported.propositions.flatMap((p) => p.links).length,
      comments: 3,
    };
    // A story of that title exists (the original), so the copy is marked.
    expect(res.body).toMatchObject({ title: `${exported.story.title} (imported ${new Date().toISOString().slice(0, 10)})`, articleCount: 2, imported: counts });
    expect(res.body!.id).not.toBe(exported.story.id);
    const again = await exportJson(res.body!.id, editor);
    expect(normaliseExport(again)).toEqual(normaliseExport({ ...exported, story: { ...exported.story, title: res.body!.title } }));
    // New ids everywhere; the authors are kept (they have accounts here).
    const oldIds = new Set(exported.articles.flatMap((a) => [a.id, ...a.claims.map((c) => c.id)]));
    expect(again.articles.flatMap((a) => [a.id, ...a.claims.map((c) => c.id)]).some((id) => oldIds.has(id))).toBe(false);
    expect(again.articles.flatMap((a) => a.claims.map((c) => c.createdByEmail))).toEqual(
      exported.articles.flatMap((a) => a.claims.map((c) => c.createdByEmail)),
    );
    const db = await getDb();
    const audit = await db.auditEntry.findMany({ where: { storyId: res.body!.id }, select: { action: true } });
    expect(audit.filter((a) => a.action === "story.import")).toHaveLength(1);
    expect(audit.filter((a) => a.action === "claim.import")).toHaveLength(counts.claims);
    expect(await db.claim.count({ where: { storyId: res.body!.id, status: "needs_review", reviewRequestedAt: { not: null } } })).toBe(
      exported.articles.flatMap((a) => a.claims).filter((c) => c.status === "needs_review").length,
    );
  });

  it("keeps the original authors: an account with the exported email gets the work, anyone else is recorded as imported from them", async () => {
    const db = await getDb();
    const importer = await tokenFor("editor");
    const known = exported.articles[0]!.claims[0]!;
    expect(known.createdByEmail).toMatch(/@test\.local$/);
    const original = await db.user.findUniqueOrThrow({ where: { email: known.createdByEmail! } });
    const doc: StoryExport = JSON.parse(JSON.stringify(exported));
    doc.story.title = `Authorship ${Date.now()}`;
    const stranger = doc.articles[0]!.claims[1]!;
    stranger.createdBy = "Olga Outsider";
    stranger.createdByEmail = "olga@elsewhere.example";
    const nameless = doc.propositions[0]!;
    nameless.createdBy = "Nameless Desk";
    nameless.createdByEmail = null;
    doc.articles[0]!.claims[0]!.comments = [
      {
        id: "c-x",
        kind: "comment",
        body: "From afar.",
        author: "Olga Outsider",
        authorEmail: "OLGA@elsewhere.example",
        createdAt: doc.exportedAt,
        updatedAt: doc.exportedAt,
      },
    ];

    const res = await call(importStory, "/api/v1/stories/import?file=desk-copy.json", { token: importer.token, body: doc });
    expect(res.status).toBe(201);
    const id = res.body!.id as string;
    const claims = await db.claim.findMany({ where: { storyId: id }, select: { id: true, statement: true, createdById: true, importedAuthor: true } });
    const byStatement = (statement: string) => claims.find((c) => c.statement === statement)!;
    expect(byStatement(known.statement)).toMatchObject({ createdById: original.id, importedAuthor: null });
    expect(byStatement(stranger.statement)).toMatchObject({ createdById: importer.user.id, importedAuthor: "Olga Outsider <olga@elsewhere.example>" });
    // The API names the original author beside the account.
    const answered = await call(getClaim, "/", { token: importer.token, params: { id: byStatement(stranger.statement).id } });
    expect(answered.body).toMatchObject({ createdBy: importer.user.id, importedAuthor: "Olga Outsider <olga@elsewhere.example>" });
    const proposition = await db.proposition.findFirstOrThrow({ where: { storyId: id, statement: nameless.statement } });
    expect(proposition).toMatchObject({ createdById: importer.user.id, importedAuthor: "Nameless Desk" });
    const comment = await db.comment.findFirstOrThrow({ where: { storyId: id, body: "From afar." } });
    expect(comment).toMatchObject({ authorId: importer.user.id, importedAuthor: "Olga Outsider <olga@elsewhere.example>" });
    // The title was free: kept as it is; the story says where it came from.
    expect(res.body).toMatchObject({ title: doc.story.title, importedFrom: { fileName: "desk-copy.json" } });
    expect(Date.now() - new Date(res.body!.importedFrom.at).getTime()).toBeLessThan(60_000);
    // Exported again, the outsider is named as the author.
    const again = await exportJson(id, importer.token);
    expect(again.articles[0]!.claims.find((c) => c.statement === stranger.statement)).toMatchObject({
      createdBy: "Olga Outsider",
      createdByEmail: "olga@elsewhere.example",
    });
  });

  it("previews an import (dryRun): the title it will get, the counts and the authors without an account; nothing is written", async () => {
    const doc: StoryExport = JSON.parse(JSON.stringify(exported));
    doc.articles[0]!.claims[1]!.createdBy = "Olga Outsider";
    doc.articles[0]!.claims[1]!.createdByEmail = "olga@elsewhere.example";
    const db = await getDb();
    const before = await db.story.count();
    const res = await call(importStory, "/api/v1/stories/import?dryRun=true&file=x.json", { token: editor, body: doc });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      dryRun: true,
      title: expect.stringMatching(/ \(imported \d{4}-\d{2}-\d{2}(, \d+)?\)$/),
      originalTitle: exported.story.title,
      counts: expect.objectContaining({
        articles: 2,
        claims: exported.articles.flatMap((a) => a.claims).length,
        propositions: exported.propositions.length,
        comments: 3,
      }),
      authorsWithoutAccount: ["Olga Outsider <olga@elsewhere.example>"],
    });
    expect(await db.story.count()).toBe(before);
    const bad = await call(importStory, "/api/v1/stories/import?dryRun=maybe", { token: editor, body: doc });
    expect(bad.status).toBe(400);
    expect(bad.body!.error.details).toEqual([expect.objectContaining({ path: "dryRun" })]);
  });

  it("marks a copy whose title is taken: the date, then a number", async () => {
    const doc: StoryExport = JSON.parse(JSON.stringify(exported));
    doc.story.title = `Twice ${Date.now()}`;
    const titles: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await call(importStory, "/api/v1/stories/import", { token: editor, body: doc });
      expect(res.status).toBe(201);
      titles.push(res.body!.title);
      expect(res.body!.importedFrom).toMatchObject({ fileName: null });
    }
    const day = new Date().toISOString().slice(0, 10);
    expect(titles).toEqual([doc.story.title, `${doc.story.title} (imported ${day})`, `${doc.story.title} (imported ${day}, 2)`]);
    const long: StoryExport = JSON.parse(JSON.stringify(doc));
    long.story.title = "L".repeat(300);
    await call(importStory, "/api/v1/stories/import", { token: editor, body: long });
    const marked = await call(importStory, "/api/v1/stories/import", { token: editor, body: long });
    expect(marked.body!.title).toHaveLength(300);
    expect(marked.body!.title.endsWith(`(imported ${day})`)).toBe(true);
    expect((await call(importStory, "/api/v1/stories/import?file=" + "x".repeat(300), { token: editor, body: doc })).status).toBe(400);
  });

  it("refuses a broken file whole, naming each bad field by path, and writes nothing", async () => {
    const broken = JSON.parse(JSON.stringify(exported));
    broken.story.title = "Broken import, must not exist";
    broken.articles[0].claims[1].sourcing = "rumoured";
    broken.articles[1].claims[0].selector.start += 1;
    broken.propositions[0].links[0].claimId = "gone";
    const schema = await call(importStory, "/api/v1/stories/import", { token: editor, body: broken });
    expect(schema.status).toBe(400);
    expect(schema.body!.error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: "articles.0.claims.1.sourcing" })]));
    broken.articles[0].claims[1].sourcing = "attributed";
    const refs = await call(importStory, "/api/v1/stories/import", { token: editor, body: broken });
    expect(refs.status).toBe(400);
    expect(refs.body!.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(["articles.1.claims.0.selector.exact", "propositions.0.links.0.claimId"]),
    );
    expect(refs.body!.error.message).toMatch(/Nothing was imported\.$/);
    expect(await storiesTitled("Broken import, must not exist")).toBe(0);
    const other = await call(importStory, "/api/v1/stories/import", { token: editor, body: { format: "something-else" } });
    expect(other.body!.error.details).toEqual([{ path: "format", message: 'is "something-else", expected "claimboard-story"' }]);
  });

  it("lets analysts import work without editors' decisions, refuses them approvals and verdicts, and refuses viewers and strangers", async () => {
    const analyst = (await tokenFor("analyst")).token;
    const refused = await call(importStory, "/api/v1/stories/import", { token: analyst, body: exported });
    expect(refused.status).toBe(403);
    expect(refused.body!.error.message).toMatch(/editors' decisions \(\d+ approved claims, \d+ approved links, 2 verdicts\)/);
    const drafts = JSON.parse(JSON.stringify(exported)) as StoryExport;
    drafts.story.title = "Analyst's draft import";
    for (const c of drafts.articles.flatMap((a) => a.claims)) if (c.status === "approved") c.status = "needs_review";
    for (const l of drafts.propositions.flatMap((p) => p.links)) l.status = "draft";
    for (const p of drafts.propositions) Object.assign(p, { verdict: null, rationale: "", verdictGivenBy: null, verdictGivenAt: null });
    expect((await call(importStory, "/api/v1/stories/import", { token: analyst, body: drafts })).status).toBe(201);
    const viewer = (await tokenFor("viewer")).token;
    expect((await call(importStory, "/api/v1/stories/import", { token: viewer, body: exported })).status).toBe(403);
    expect((await call(importStory, "/api/v1/stories/import", { body: exported })).status).toBe(401);
  });

  it("refuses a body over 2 MiB (413)", async () => {
    const big = JSON.stringify({ ...exported, padding: "x".repeat(2 * 1024 * 1024) });
    const res = await call(importStory, "/api/v1/stories/import", { token: editor, rawBody: big });
    expect(res.status).toBe(413);
  });
});

const TEXT = 'Vučić said the spy was Russian. Peskov said: "We have no idea." Vučić said it twice.';
const CSV = [
  "quote,statement,sourcing,source,cue,status",
  'the spy was Russian,"The spy was Russian, says Vučić",attributed,Vučić,said,',
  '"""We have no idea.""","Kremlin: ""no idea""",attributed,Peskov,"said,\nquote",needs_review',
  "Vučić said,Ambiguous,confirmed,,,",
  "not in the text,Absent,speculative,,,",
].join("\r\n");

describe("POST /api/v1/articles/:id/claims/import (CSV)", () => {
  let token: string;
  let articleId: string;
  beforeAll(async () => {
    token = (await tokenFor("analyst")).token;
    articleId = (await makeStoryWithArticle(TEXT)).article.id;
  });
  const post = (body: string, query = "", contentType = "text/csv", t: string | null = token, id = articleId) =>
    callRaw(importClaims, `/api/v1/articles/${id}/claims/import${query}`, { token: t ?? undefined, params: { id }, body, contentType });
  const claimCount = async () => (await getDb()).claim.count({ where: { articleId } });

  it("previews the per-row report without writing (dry run)", async () => {
    const res = await post(CSV, "?dryRun=true");
    expect(res.status).toBe(200);
    const report = JSON.parse(res.text);
    expect(report).toMatchObject({ dryRun: true, total: 4, valid: 2, invalid: 2, imported: 0 });
    expect(report.rows.map((r: { row: number; status: string }) => [r.row, r.status])).toEqual([
      [2, "valid"],
      [3, "valid"],
      [4, "error"],
      [5, "error"],
    ]);
    expect(report.rows[2].errors[0]).toMatchObject({ field: "quote", message: expect.stringMatching(/ambiguous/) });
    expect(await claimCount()).toBe(0);
  });

  it("refuses the whole file when a row is bad, naming rows and fields, and writes nothing", async () => {
    const res = await post(CSV);
    expect(res.status).toBe(400);
    const error = JSON.parse(res.text).error;
    expect(error.message).toMatch(/^2 of 4 rows have problems, so nothing was imported\. First: row 4, quote:/);
    expect(error.details.map((d: { path: string }) => d.path)).toEqual(["rows.4.quote", "rows.5.quote"]);
    expect(await claimCount()).toBe(0);
  });

  it("imports only the valid rows when asked (JSON body), with claim ids in the report and audit entries", async () => {
    const res = await post(JSON.stringify({ csv: CSV, mode: "valid-only" }), "", "application/json");
    expect(res.status).toBe(201);
    const report = JSON.parse(res.text);
    expect(report).toMatchObject({ imported: 2, invalid: 2, dryRun: false });
    const [first, second] = report.rows;
    expect(first).toMatchObject({ row: 2, status: "imported", claimId: expect.any(String) });
    const db = await getDb();
    const claim = await db.claim.findUniqueOrThrow({ where: { id: second.claimId } });
    expect(claim).toMatchObject({
      exact: '"We have no idea."',
      statement: 'Kremlin: "no idea"',
      cue: "said,\nquote",
      status: "needs_review",
      start: TEXT.indexOf('"We'),
    });
    expect(await db.auditEntry.count({ where: { entityId: { in: [first.claimId, second.claimId] }, action: "claim.create" } })).toBe(2);
    // Importing the same file again adds nothing: those rows are already recorded.
    const again = JSON.parse((await post(CSV, "?mode=valid-only")).text);
    expect(again.error.details).toEqual(
      expect.arrayContaining([{ path: "rows.2.quote", message: `the same words and statement are already recorded (claim ${first.claimId})` }]),
    );
    expect(await claimCount()).toBe(2);
  });

  it("round-trips the story CSV export into an article of the same text", async () => {
    const { story, article } = await makeStoryWithArticle(TEXT);
    const db = await getDb();
    await db.claim.create({
      data: {
        storyId: story.id,
        articleId: article.id,
        revisionId: article.revision.id,
        exact: "Peskov said",
        start: 32,
        end: 43,
        statement: "=Peskov, spoke",
        sourcing: "attributed",
      },
    });
    const csv = (await callRaw(exportStory, `/api/v1/stories/${story.id}/export?format=csv`, { token, params: { id: story.id } })).text;
    expect((parse(csv, { bom: true, columns: true }) as Record<string, string>[])[0]!.statement).toBe("'=Peskov, spoke");
    const target = (await makeStoryWithArticle(TEXT)).article.id;
    const res = JSON.parse((await post(csv, "", "text/csv", token, target)).text);
    expect(res.imported).toBe(1);
    expect(await db.claim.findFirstOrThrow({ where: { articleId: target } })).toMatchObject({ statement: "=Peskov, spoke", start: 32, end: 43 });
  });

  it("refuses viewers (403), strangers (401), unknown articles (404), unreadable files (400) and bodies over 2 MiB (413)", async () => {
    const viewer = (await tokenFor("viewer")).token;
    expect((await post(CSV, "", "text/csv", viewer)).status).toBe(403);
    expect((await post(CSV, "", "text/csv", null)).status).toBe(401);
    expect((await post(CSV, "?dryRun=true", "text/csv", token, "no-such-article")).status).toBe(404);
    const unreadable = await post('quote,statement,sourcing\r\n"open,x,y');
    expect(unreadable.status).toBe(400);
    expect(JSON.parse(unreadable.text).error.details[0].path).toBe("csv");
    const missing = await post("quote,statement\r\na,b");
    expect(JSON.parse(missing.text).error.details).toEqual([{ path: "columns.sourcing", message: "is required" }]);
    expect((await post(`${CSV}\r\n${"x".repeat(2 * 1024 * 1024)}`)).status).toBe(413);
  });
});
