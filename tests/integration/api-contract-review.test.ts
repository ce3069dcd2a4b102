/** Contract of editorial review: the queue, and approving or sending back claims and links. */
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/data/db";
import { createClaim, createLink, createProposition } from "@/demo/factories";
import { tokenFor } from "../support/api";
import { contract } from "../support/contract";
import { itRefusesWithoutCredentialsAndOversizedBodies } from "../support/contract-refusals";
import { makeStoryWithArticle } from "../support/factories";

const owned = ["listReviewQueue", "reviewClaim", "reviewLink", "reviewInBulk"] as const;
const c = contract(["listReviewQueue", "reviewClaim", "reviewLink", "reviewInBulk"]);
afterAll(() => c.assertEveryStatusCovered());

itRefusesWithoutCredentialsAndOversizedBodies(c, owned);

/** A claim and a link of an analyst's, both submitted for review. */
async function waitingWork() {
  const analyst = await tokenFor("analyst");
  const { story, article } = await makeStoryWithArticle();
  const claim = await createClaim({
    articleId: article.id,
    exact: "Alpha said the bridge was closed.",
    statement: "Closed",
    sourcing: "attributed",
    source: "Alpha",
    createdById: analyst.user.id,
  });
  const proposition = await createProposition({ storyId: story.id, statement: "The bridge was closed" });
  const link = await createLink({ storyId: story.id, claimId: claim.id, propositionId: proposition.id, stance: "supports", createdById: analyst.user.id });
  const db = await getDb();
  const requested = { status: "needs_review" as const, reviewRequestedAt: new Date(), version: 2 };
  await db.claim.update({ where: { id: claim.id }, data: requested });
  await db.claimLink.update({ where: { id: link.id }, data: { ...requested, reviewRequestedAt: new Date(Date.now() + 1000) } });
  return { analyst, story, article, claim, link };
}

describe("GET /api/v1/review-queue", () => {
  it("lists waiting claims and links, filtered; 400 naming a bad filter", async () => {
    const { analyst, story, claim, link } = await waitingWork();
    const { token } = await tokenFor("viewer");
    const all = await c.send("listReviewQueue", { token, query: { story: story.id } });
    expect(all.status).toBe(200);
    expect(all.body!.items.map((i: { kind: string; id: string }) => [i.kind, i.id])).toEqual([
      ["claim", claim.id],
      ["link", link.id],
    ]);
    expect(all.body!.items[1]).toMatchObject({ stance: "supports", proposition: "The bridge was closed", author: { id: analyst.user.id } });

    const links = await c.send("listReviewQueue", { token, query: { story: story.id, kind: "link", author: analyst.user.id } });
    expect(links.body!.items.map((i: { id: string }) => i.id)).toEqual([link.id]);
    const paged = await c.send("listReviewQueue", { token, query: { story: story.id, limit: "1" } });
    expect(paged.body!.items).toHaveLength(1);
    const next = await c.send("listReviewQueue", { token, query: { story: story.id, limit: "1", cursor: paged.body!.nextCursor } });
    expect(next.body!.items.map((i: { id: string }) => i.id)).toEqual([link.id]);

    const bad = await c.send("listReviewQueue", { token, query: { kind: "article", limit: "0" } });
    expect(bad.status).toBe(400);
    expect(bad.body!.error.details.map((d: { path: string }) => d.path).sort()).toEqual(["kind", "limit"]);
  });
});

describe.each([
  { id: "reviewClaim", what: "claim", path: "claims" },
  { id: "reviewLink", what: "link", path: "links" },
] as const)("POST /api/v1/$path/:id/review", ({ id, what }) => {
  it("approves, sends back with a comment, and refuses the rest", async () => {
    const work = await waitingWork();
    const target = what === "claim" ? work.claim : work.link;
    const editor = await tokenFor("editor");
    const params = { id: target.id };

    expect((await c.send(id, { token: work.analyst.token, params, body: { version: 2, decision: "approve" } })).status).toBe(403);
    expect((await c.send(id, { token: editor.token, params: { id: "missing" }, body: { version: 2, decision: "approve" } })).status).toBe(404);
    const noComment = await c.send(id, { token: editor.token, params, body: { version: 2, decision: "send_back" } });
    expect(noComment.status).toBe(400);
    expect(noComment.body!.error.details).toEqual([{ path: "comment", message: expect.stringMatching(/^is required when sending work back/) }]);

    const stale = await c.send(id, { token: editor.token, params, body: { version: 1, decision: "approve" } });
    expect(stale.status).toBe(409);
    expect(stale.body!.error.current).toMatchObject({ entity: what, id: target.id, version: 2 });

    const approved = await c.send(id, { token: editor.token, params, body: { version: 2, decision: "approve", comment: "Checked against the recording." } });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ id: target.id, status: "approved", version: 3 });
    const again = await c.send(id, { token: editor.token, params, body: { version: 3, decision: "approve" } });
    expect(again.status).toBe(409);
    expect(again.body!.error.message).toBe(`This ${what} is already approved.`);

    const sentBack = await c.send(id, { token: editor.token, params, body: { version: 3, decision: "send_back", comment: "Name the source." } });
    expect(sentBack.status).toBe(200);
    expect(sentBack.body).toMatchObject({ status: "draft", version: 4 });
    const draft = await c.send(id, { token: editor.token, params, body: { version: 4, decision: "send_back", comment: "Again?" } });
    expect(draft.status).toBe(409);
    expect(draft.body!.error.message).toMatch(/is a draft already/);
  });
});

describe("POST /api/v1/review/bulk", () => {
  it("decides a selection all or nothing, naming each failing item", async () => {
    const work = await waitingWork();
    const editor = await tokenFor("editor");
    const items = [
      { kind: "claim", id: work.claim.id, version: 2 },
      { kind: "link", id: work.link.id, version: 2 },
    ];
    expect((await c.send("reviewInBulk", { token: work.analyst.token, body: { items, decision: "approve" } })).status).toBe(403);
    const bad = await c.send("reviewInBulk", { token: editor.token, body: { items: [{ kind: "claim", id: work.claim.id }], decision: "approve" } });
    expect(bad.status).toBe(400);
    expect(bad.body!.error.details).toEqual([{ path: "items.0.version", message: expect.any(String) }]);
    const missing = await c.send("reviewInBulk", {
      token: editor.token,
      body: { items: [...items, { kind: "link", id: "missing", version: 1 }], decision: "approve" },
    });
    expect(missing.status).toBe(404);
    expect(missing.body!.error.details).toEqual([{ path: "items.2.id", message: "Link missing was not found." }]);
    const stale = await c.send("reviewInBulk", { token: editor.token, body: { items: [items[0], { ...items[1], version: 1 }], decision: "approve" } });
    expect(stale.status).toBe(409);
    expect(stale.body!.error.details).toEqual([{ path: "items.1.version", message: expect.stringMatching(/^current version is 2/) }]);

    const approved = await c.send("reviewInBulk", { token: editor.token, body: { items, decision: "approve" } });
    expect(approved.status).toBe(200);
    expect(approved.body).toEqual({
      decision: "approve",
      items: [
        { kind: "claim", id: work.claim.id, version: 3, status: "approved" },
        { kind: "link", id: work.link.id, version: 3, status: "approved" },
      ],
    });
  });
});
