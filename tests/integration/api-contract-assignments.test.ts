/** Contract of assignments: giving work out, listing it, submitting it, and the caller's own list with progress. */
import { afterAll, describe, expect, it } from "vitest";
import { createClaim } from "@/demo/factories";
import { getDb } from "@/data/db";
import { tokenFor } from "../support/api";
import { contract } from "../support/contract";
import { itRefusesWithoutCredentialsAndOversizedBodies } from "../support/contract-refusals";
import { makeStoryWithArticle } from "../support/factories";

const owned = ["createAssignment", "listAssignments", "updateAssignment", "listMyAssignments"] as const;
const c = contract(["createAssignment", "listAssignments", "updateAssignment", "listMyAssignments"]);
afterAll(() => c.assertEveryStatusCovered());

itRefusesWithoutCredentialsAndOversizedBodies(c, owned);

describe("POST /api/v1/assignments", () => {
  it("gives an article or a whole story to an analyst; 400 for bad input, 403 for non-editors, 404 for an unknown article", async () => {
    const { story, article } = await makeStoryWithArticle();
    const editor = await tokenFor("editor");
    const analyst = await tokenFor("analyst");
    const viewer = await tokenFor("viewer");

    const one = await c.send("createAssignment", {
      token: editor.token,
      body: { articleId: article.id, userId: analyst.user.id, mode: "independent", due: "2026-12-24", note: "  Sourcing first  " },
    });
    expect(one.status).toBe(201);
    expect(one.body).toMatchObject({
      articleId: article.id,
      storyId: story.id,
      userId: analyst.user.id,
      mode: "independent",
      status: "open",
      version: 1,
      due: "2026-12-24T23:59:59.999Z",
      note: "Sourcing first",
      assignedById: editor.user.id,
    });
    const whole = await c.send("createAssignment", { token: editor.token, body: { storyId: story.id, userId: analyst.user.id, mode: "shared" } });
    expect(whole.status).toBe(201);
    expect(whole.body).toMatchObject({ articleId: null, storyId: story.id, mode: "shared", due: null });

    const db = await getDb();
    const audit = await db.auditEntry.findFirst({ where: { entity: "assignment", entityId: one.body!.id } });
    expect(audit).toMatchObject({ action: "assignment.create", storyId: story.id, actorId: editor.user.id });

    const both = await c.send("createAssignment", {
      token: editor.token,
      body: { articleId: article.id, storyId: story.id, userId: analyst.user.id, mode: "shared" },
    });
    expect(both.status).toBe(400);
    expect(both.body!.error.details).toEqual([expect.objectContaining({ path: "storyId" })]);
    const neither = await c.send("createAssignment", { token: editor.token, body: { userId: analyst.user.id, mode: "shared" } });
    expect(neither.body!.error.details).toEqual([expect.objectContaining({ path: "articleId" })]);
    const badMode = await c.send("createAssignment", {
      token: editor.token,
      body: { articleId: article.id, userId: analyst.user.id, mode: "solo", due: "soon" },
    });
    expect(badMode.status).toBe(400);
    expect(badMode.body!.error.details.map((d: { path: string }) => d.path).sort()).toEqual(["due", "mode"]);
    const toViewer = await c.send("createAssignment", { token: editor.token, body: { articleId: article.id, userId: viewer.user.id, mode: "shared" } });
    expect(toViewer.status).toBe(400);
    expect(toViewer.body!.error.message).toMatch(/viewer/);
    const toNobody = await c.send("createAssignment", { token: editor.token, body: { articleId: article.id, userId: "nobody", mode: "shared" } });
    expect(toNobody.body!.error.details).toEqual([{ path: "userId", message: "names no active account" }]);

    for (const t of [analyst, viewer]) {
      const refused = await c.send("createAssignment", { token: t.token, body: { articleId: article.id, userId: analyst.user.id, mode: "shared" } });
      expect(refused.status).toBe(403);
    }
    const unknown = await c.send("createAssignment", { token: editor.token, body: { articleId: "no-such-article", userId: analyst.user.id, mode: "shared" } });
    expect(unknown.status).toBe(404);
    expect(await db.assignment.count({ where: { storyId: story.id } })).toBe(2);
  });
});

describe("GET /api/v1/assignments and PATCH /api/v1/assignments/:id", () => {
  it("lists by assignee, story and status; the assignee submits, editors change due and note, a stale version is 409", async () => {
    const { story, article } = await makeStoryWithArticle();
    const editor = await tokenFor("editor");
    const analyst = await tokenFor("analyst");
    const other = await tokenFor("analyst");
    const made = await c.send("createAssignment", { token: editor.token, body: { articleId: article.id, userId: analyst.user.id, mode: "independent" } });
    await c.send("createAssignment", { token: editor.token, body: { articleId: article.id, userId: other.user.id, mode: "independent" } });

    const mine = await c.send("listAssignments", { token: other.token, query: { userId: analyst.user.id, storyId: story.id } });
    expect(mine.status).toBe(200);
    expect(mine.body!.items.map((a: { id: string }) => a.id)).toEqual([made.body!.id]);
    const paged = await c.send("listAssignments", { token: editor.token, query: { storyId: story.id, limit: "1" } });
    expect(paged.body!.items).toHaveLength(1);
    const next = await c.send("listAssignments", { token: editor.token, query: { storyId: story.id, limit: "1", cursor: paged.body!.nextCursor } });
    expect(next.body!.items).toHaveLength(1);
    expect(next.body!.items[0].id).not.toBe(paged.body!.items[0].id);
    expect((await c.send("listAssignments", { token: editor.token, query: { status: "finished" } })).status).toBe(400);

    const id = made.body!.id as string;
    expect((await c.send("updateAssignment", { token: other.token, params: { id }, body: { version: 1, status: "submitted" } })).status).toBe(403);
    expect((await c.send("updateAssignment", { token: analyst.token, params: { id }, body: { version: 1, note: "mine now" } })).status).toBe(403);
    expect((await c.send("updateAssignment", { token: analyst.token, params: { id }, body: { version: 1, status: "closed" } })).status).toBe(400);
    const submitted = await c.send("updateAssignment", { token: analyst.token, params: { id }, body: { version: 1, status: "submitted" } });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: "submitted", version: 2 });
    const stale = await c.send("updateAssignment", { token: editor.token, params: { id }, body: { version: 1, note: "Late" } });
    expect(stale.status).toBe(409);
    const edited = await c.send("updateAssignment", { token: editor.token, params: { id }, body: { version: 2, note: "Thanks", due: null } });
    expect(edited.body).toMatchObject({ note: "Thanks", due: null, version: 3 });
    expect((await c.send("updateAssignment", { token: editor.token, params: { id: "gone" }, body: { version: 1, note: "x" } })).status).toBe(404);
  });
});

describe("GET /api/v1/me/assignments", () => {
  it("lists the caller's open work, due first, with the claims recorded, waiting for review and sent back", async () => {
    const { story, article } = await makeStoryWithArticle("Alpha said the bridge was closed. Beta might reopen it.");
    const editor = await tokenFor("editor");
    const analyst = await tokenFor("analyst");
    const later = await c.send("createAssignment", {
      token: editor.token,
      body: { storyId: story.id, userId: analyst.user.id, mode: "shared", due: "2027-01-10" },
    });
    const sooner = await c.send("createAssignment", {
      token: editor.token,
      body: { articleId: article.id, userId: analyst.user.id, mode: "shared", due: "2027-01-02" },
    });
    const a = await createClaim({
      articleId: article.id,
      exact: "Alpha said the bridge was closed.",
      statement: "Closed",
      sourcing: "attributed",
      createdById: analyst.user.id,
    });
    await createClaim({ articleId: article.id, exact: "Beta might reopen it.", statement: "Reopen", sourcing: "speculative", createdById: analyst.user.id });
    await createClaim({ articleId: article.id, exact: "Beta might reopen it.", statement: "Not mine", sourcing: "speculative", createdById: editor.user.id });
    const db = await getDb();
    await db.claim.update({ where: { id: a.id }, data: { status: "needs_review" } });
    await db.comment.create({ data: { storyId: story.id, claimId: a.id, kind: "sent_back", body: "Source?", authorId: editor.user.id } });

    const res = await c.send("listMyAssignments", { token: analyst.token });
    expect(res.status).toBe(200);
    expect(res.body!.items.map((x: { id: string }) => x.id)).toEqual([sooner.body!.id, later.body!.id]);
    expect(res.body!.items[0].progress).toEqual({ claims: 2, submittedForReview: 1, approved: 0, sentBack: 1 });
    expect((await c.send("listMyAssignments", { token: editor.token })).body!.items).toEqual([]);
  });
});
