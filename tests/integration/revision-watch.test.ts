/**
 * Revision watch: POST /api/v1/articles/:id/refetch against the tests' own server on 127.0.0.1,
 * whose page changes between requests, and GET /api/v1/articles/:id/changes. A changed page makes
 * exactly one revision; What changed classifies a reworded, a re-hedged, a re-attributed, a moved
 * and a removed claim.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/data/db";
import { createClaim } from "@/demo/factories";
import { closeParsePool } from "@/domain/parsing/pool";
import { createAssignment } from "@/domain/assignments/service";
import { listMyNotifications } from "@/domain/notifications/service";
import { POST as createArticle } from "../../app/api/v1/stories/[id]/articles/route";
import { POST as refetch } from "../../app/api/v1/articles/[id]/refetch/route";
import { GET as changes } from "../../app/api/v1/articles/[id]/changes/route";
import { PATCH as patchArticle } from "../../app/api/v1/articles/[id]/route";
import { call, type Json, tokenFor } from "../support/api";
import { makeStoryWithArticle } from "../support/factories";
import { newsPage } from "../support/news-pages";
import { allowOnly, type PageServer, startPageServer } from "../support/page-server";

const REWORDED = "The officer, a lieutenant colonel of the Serbian army, was arrested on Friday in Belgrade.";
const REHEDGED = "The Kremlin may ask Belgrade for an explanation of the video that was shown on Thursday evening.";
const REATTRIBUTED = "A Russian diplomat paid the Serbian officer for secrets, Serbian President Aleksandar Vučić said.";
const MOVED = "The video was first posted on YouTube by an anonymous account late on Wednesday night.";
const REMOVED = "Officials in Moscow declined to comment on the arrest when reached by telephone.";
const UNCHANGED = "Relations between Belgrade and Moscow have long been close, analysts point out.";

const FIRST = [REWORDED, REHEDGED, REATTRIBUTED, MOVED, REMOVED, UNCHANGED];
const SECOND = [
  REWORDED.replace("on Friday", "on Sunday"),
  REHEDGED.replace("may ask", "will ask"),
  REATTRIBUTED.replace("Vučić said", "Vučić confirmed"),
  UNCHANGED,
  "A spokesman for the Serbian government said more details would follow next week.",
  MOVED,
];

let server: PageServer;
let restore: () => void;
let token: string;
let storyId: string;
beforeAll(async () => {
  server = await startPageServer();
  restore = allowOnly(server);
  token = (await tokenFor("analyst")).token;
  storyId = (await makeStoryWithArticle()).story.id;
});
afterAll(async () => {
  restore();
  await server.close();
  await closeParsePool();
});

async function importedArticle(path: string) {
  const res = await call(createArticle, "/", { token, params: { id: storyId }, body: { url: `${server.origin}${path}` } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as Json;
}

describe("re-fetch and What changed", () => {
  it("a changed page makes one revision, and each claim is classified with its old and new words", async () => {
    let version = 1;
    server.routes.set("/live", () => ({
      type: "text/html",
      body: newsPage({ title: "Spy arrested", site: "Wire", paragraphs: version === 1 ? FIRST : SECOND }),
    }));
    const article = await importedArticle("/live");
    const by = (await getDb()).article.findUniqueOrThrow({ where: { id: article.id } });
    const createdById = (await by).createdById!;
    const ids: Record<string, string> = {};
    for (const [name, exact] of Object.entries({ REWORDED, REHEDGED, REATTRIBUTED, MOVED, REMOVED, UNCHANGED })) {
      ids[name] = (await createClaim({ articleId: article.id, exact, statement: name, sourcing: "attributed", createdById })).id;
    }

    // Nothing changed yet: no revision.
    const same = await call(refetch, "/", { token, params: { id: article.id }, method: "POST" });
    expect(same.status, JSON.stringify(same.body)).toBe(200);
    expect(same.body).toEqual({ changed: false, revisionId: article.revisionId, changes: [] });

    version = 2;
    const res = await call(refetch, "/", { token, params: { id: article.id }, method: "POST" });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body!.changed).toBe(true);
    expect(res.body!.revisionId).not.toBe(article.revisionId);
    const kinds = Object.fromEntries((res.body!.changes as Json[]).map((c) => [c.statement, c.kind]));
    expect(kinds).toEqual({
      REWORDED: "reworded",
      REHEDGED: "rehedged",
      REATTRIBUTED: "reattributed",
      MOVED: "moved",
      REMOVED: "orphaned",
      UNCHANGED: "moved",
    });
    const byName = Object.fromEntries((res.body!.changes as Json[]).map((c) => [c.statement, c]));
    expect(byName.REWORDED.before.exact).toBe(REWORDED);
    expect(byName.REWORDED.after.exact).toContain("on Sunday");
    expect(byName.REHEDGED.hedges.lost).toContain("may");
    expect(byName.REATTRIBUTED.attribution).toMatchObject({ gained: ["confirmed"], lost: ["said"] });
    expect(byName.REMOVED.after).toBeNull();

    // The page again, unchanged since: still exactly two revisions.
    const again = await call(refetch, "/", { token, params: { id: article.id }, method: "POST" });
    expect(again.body!.changed).toBe(false);
    expect(await (await getDb()).articleRevision.count({ where: { articleId: article.id } })).toBe(2);

    // What changed, by default since the revision before the current one; and since revision 1 explicitly.
    const view = await call(changes, `/api/v1/articles/${article.id}/changes`, { token, params: { id: article.id } });
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ since: { number: 1, revisionId: article.revisionId }, current: { number: 2 } });
    expect((view.body!.claims as Json[]).map((c) => c.kind)).toEqual((res.body!.changes as Json[]).map((c) => c.kind));
    const inserted = (view.body!.diff as Json[])
      .filter((d) => d.op === "insert")
      .map((d) => d.text)
      .join("");
    expect(inserted).toContain("Sunday");
    const explicit = await call(changes, `/api/v1/articles/${article.id}/changes?since=${article.revisionId}`, { token, params: { id: article.id } });
    expect(explicit.body!.claims).toEqual(view.body!.claims);
    // Since the current revision, nothing changed.
    const now = await call(changes, `/api/v1/articles/${article.id}/changes?since=${res.body!.revisionId}`, { token, params: { id: article.id } });
    expect((now.body!.claims as Json[]).filter((c) => c.kind !== "unchanged" && c.kind !== "orphaned")).toEqual([]);
  });

  it("refuses what it must: no URL, no such revision, a viewer, a page that is gone", async () => {
    const { article: pasted } = await makeStoryWithArticle();
    const noUrl = await call(refetch, "/", { token, params: { id: pasted.id }, method: "POST" });
    expect(noUrl.status).toBe(422);
    expect(noUrl.body!.error.message).toMatch(/has no URL/);
    const missing = await call(changes, `/api/v1/articles/${pasted.id}/changes?since=nope`, { token, params: { id: pasted.id } });
    expect(missing.status).toBe(404);
    server.routes.set("/soon-gone", { type: "text/html", body: newsPage({ title: "Soon gone", paragraphs: [MOVED] }) });
    const article = await importedArticle("/soon-gone");
    const viewer = (await tokenFor("viewer")).token;
    const hits = server.hits.get("/soon-gone");
    expect((await call(refetch, "/", { token: viewer, params: { id: article.id }, method: "POST" })).status).toBe(403);
    expect(server.hits.get("/soon-gone")).toBe(hits);
    server.routes.delete("/soon-gone");
    const gone = await call(refetch, "/", { token, params: { id: article.id }, method: "POST" });
    expect(gone.status).toBe(502);
    expect(gone.body!.error.message).toMatch(/answered 404/);
  });

  it("re-fetches from a corrected URL, not from where the page was first fetched", async () => {
    server.routes.set("/old-home", { type: "text/html", body: newsPage({ title: "Moved", paragraphs: [MOVED] }) });
    server.routes.set("/new-home", { type: "text/html", body: newsPage({ title: "Moved", paragraphs: [MOVED, UNCHANGED] }) });
    const article = await importedArticle("/old-home");
    const editor = (await tokenFor("editor")).token;
    const patched = await call(patchArticle, "/", {
      token: editor,
      method: "PATCH",
      params: { id: article.id },
      body: { version: 1, url: `${server.origin}/new-home` },
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    const res = await call(refetch, "/", { token, params: { id: article.id }, method: "POST" });
    expect(res.body!.changed).toBe(true);
    expect(server.hits.get("/new-home")).toBe(1);
    expect(server.hits.get("/old-home")).toBe(1);
  });
});

describe("a re-fetch that changed the text", () => {
  it("tells the people assigned to the article (and only when the text changed)", async () => {
    const { actor: editor } = await makeStoryWithArticle();
    const analyst = await tokenFor("analyst");
    let version = 0;
    server.routes.set("/watched", () => ({
      type: "text/html",
      body: newsPage({ title: "Watched", paragraphs: version === 0 ? [UNCHANGED, MOVED] : [UNCHANGED] }),
    }));
    const article = await importedArticle("/watched");
    await createAssignment(editor, { articleId: article.id, userId: analyst.user.id, mode: "shared" });
    const revised = async () => (await listMyNotifications(analyst.actor, {})).items.filter((n) => n.kind === "revised");
    expect((await call(refetch, "/", { token, params: { id: article.id }, method: "POST" })).body).toMatchObject({ changed: false });
    expect(await revised()).toEqual([]);
    version = 1;
    expect((await call(refetch, "/", { token, params: { id: article.id }, method: "POST" })).body).toMatchObject({ changed: true });
    expect(await revised()).toEqual([
      expect.objectContaining({ link: `/stories/${storyId}/articles/${article.id}/changes`, title: expect.stringContaining("“Watched”") }),
    ]);
  });
});
