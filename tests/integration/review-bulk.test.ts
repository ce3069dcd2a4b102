/** POST /api/v1/review/bulk: one decision on a selection, in one transaction, all or nothing (issue 15). */
import { describe, expect, it } from "vitest";
import { createClaim as claimRow, createLink as linkRow, createProposition as propositionRow } from "@/demo/factories";
import { getDb } from "@/data/db";
import { countPendingReview } from "@/domain/review/service";
import { POST as bulk } from "../../app/api/v1/review/bulk/route";
import { call, tokenFor } from "../support/api";
import { makeStoryWithArticle } from "../support/factories";

async function waiting() {
  const base = await makeStoryWithArticle("Alpha said the bridge was closed. Beta might reopen it. Gamma agreed.");
  const analyst = await tokenFor("analyst");
  const by = analyst.user.id;
  const a = await claimRow({
    articleId: base.article.id,
    exact: "Alpha said the bridge was closed.",
    statement: "Closed",
    sourcing: "attributed",
    status: "needs_review",
    createdById: by,
  });
  const b = await claimRow({
    articleId: base.article.id,
    exact: "Beta might reopen it.",
    statement: "Reopen",
    sourcing: "speculative",
    status: "needs_review",
    createdById: by,
  });
  const p = await propositionRow({ storyId: base.story.id, statement: "The bridge closed", createdById: by });
  const l = await linkRow({ storyId: base.story.id, claimId: a.id, propositionId: p.id, stance: "supports", status: "needs_review", createdById: by });
  const items = [
    { kind: "claim", id: a.id, version: 1 },
    { kind: "claim", id: b.id, version: 1 },
    { kind: "link", id: l.id, version: 1 },
  ];
  return { ...base, analyst, a, b, l, items };
}

async function statuses(ids: { claims: string[]; links: string[] }) {
  const db = await getDb();
  const claims = await db.claim.findMany({ where: { id: { in: ids.claims } }, select: { id: true, status: true, version: true } });
  const links = await db.claimLink.findMany({ where: { id: { in: ids.links } }, select: { id: true, status: true, version: true } });
  return [...claims, ...links].map((r) => `${r.status}@${r.version}`).sort();
}

async function auditOf(entityIds: string[]) {
  const db = await getDb();
  return db.auditEntry.findMany({ where: { entityId: { in: entityIds } }, orderBy: { at: "asc" } });
}

describe("bulk review", () => {
  it("approves every item, each with its own audit entry and the shared note as its own comment", async () => {
    const f = await waiting();
    const editor = await tokenFor("editor");
    const res = await call(bulk, "/api/v1/review/bulk", {
      token: editor.token,
      body: { items: f.items, decision: "approve", comment: "Checked against the wire copy" },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      decision: "approve",
      items: [
        { kind: "claim", id: f.a.id, version: 2, status: "approved" },
        { kind: "claim", id: f.b.id, version: 2, status: "approved" },
        { kind: "link", id: f.l.id, version: 2, status: "approved" },
      ],
    });
    const audit = await auditOf([f.a.id, f.b.id, f.l.id]);
    const decisions = audit.filter((e) => e.action.endsWith(".approve"));
    expect(decisions.map((e) => `${e.action} ${e.entityId}`).sort()).toEqual(
      [`claim.approve ${f.a.id}`, `claim.approve ${f.b.id}`, `link.approve ${f.l.id}`].sort(),
    );
    for (const e of decisions) {
      expect(e.actorId).toBe(editor.user.id);
      expect(e.storyId).toBe(f.story.id);
      expect(e.before).toMatchObject({ status: "needs_review" });
      expect(e.after).toMatchObject({ status: "approved" });
    }
    const db = await getDb();
    const comments = await db.comment.findMany({ where: { OR: [{ claimId: { in: [f.a.id, f.b.id] } }, { linkId: f.l.id }] } });
    expect(comments.map((c) => c.body)).toEqual(Array(3).fill("Checked against the wire copy"));
  });

  it("sends a selection back with its note, and a note is required to send back", async () => {
    const f = await waiting();
    const editor = await tokenFor("editor");
    const noNote = await call(bulk, "/api/v1/review/bulk", { token: editor.token, body: { items: f.items, decision: "send_back" } });
    expect(noNote.status).toBe(400);
    expect(noNote.body?.error.details).toEqual([expect.objectContaining({ path: "comment" })]);
    const res = await call(bulk, "/api/v1/review/bulk", { token: editor.token, body: { items: f.items, decision: "send_back", comment: "Sources?" } });
    expect(res.status).toBe(200);
    expect(await statuses({ claims: [f.a.id, f.b.id], links: [f.l.id] })).toEqual(["draft@2", "draft@2", "draft@2"]);
    const db = await getDb();
    expect(await db.comment.count({ where: { kind: "sent_back", OR: [{ claimId: { in: [f.a.id, f.b.id] } }, { linkId: f.l.id }] } })).toBe(3);
  });

  it("writes nothing when one item is stale or gone, and names each failing item by its index", async () => {
    const f = await waiting();
    const editor = await tokenFor("editor");
    const db = await getDb();
    await db.claim.update({ where: { id: f.b.id }, data: { version: 4 } });
    const items = [...f.items, { kind: "claim", id: "no-such-claim", version: 1 }];
    const res = await call(bulk, "/api/v1/review/bulk", { token: editor.token, body: { items, decision: "approve" } });
    expect(res.status).toBe(409);
    expect(res.body?.error.code).toBe("conflict");
    expect(res.body?.error.message).toMatch(/^Nothing was approved: 2 of the 4 items cannot be/);
    expect(res.body?.error.details).toEqual([
      { path: "items.1.version", message: expect.stringContaining("current version is 4") },
      { path: "items.3.id", message: "Claim no-such-claim was not found." },
    ]);
    expect(await statuses({ claims: [f.a.id], links: [f.l.id] })).toEqual(["needs_review@1", "needs_review@1"]);
    expect((await auditOf([f.a.id, f.b.id, f.l.id])).filter((e) => e.action.endsWith(".approve"))).toEqual([]);
    // Only missing items: 404, still naming the item.
    const gone = await call(bulk, "/api/v1/review/bulk", {
      token: editor.token,
      body: { items: [f.items[0], { kind: "link", id: f.a.id, version: 1 }], decision: "approve" },
    });
    expect(gone.status).toBe(404);
    expect(gone.body?.error.details).toEqual([{ path: "items.1.id", message: `Link ${f.a.id} was not found.` }]);
    expect(await statuses({ claims: [f.a.id], links: [] })).toEqual(["needs_review@1"]);
  });

  it("refuses an item already decided, without deciding the others", async () => {
    const f = await waiting();
    const editor = await tokenFor("editor");
    const db = await getDb();
    await db.claimLink.update({ where: { id: f.l.id }, data: { status: "approved" } });
    const res = await call(bulk, "/api/v1/review/bulk", { token: editor.token, body: { items: f.items, decision: "approve" } });
    expect(res.status).toBe(409);
    expect(res.body?.error.details).toEqual([{ path: "items.2", message: "This link is already approved." }]);
    expect(await statuses({ claims: [f.a.id, f.b.id], links: [] })).toEqual(["needs_review@1", "needs_review@1"]);
  });

  it("is the editors': analysts and viewers get 403 and nothing changes", async () => {
    const f = await waiting();
    for (const role of ["analyst", "viewer"] as const) {
      const { token } = await tokenFor(role);
      const res = await call(bulk, "/api/v1/review/bulk", { token, body: { items: f.items, decision: "approve" } });
      expect(res.status).toBe(403);
      expect(res.body?.error.code).toBe("forbidden");
    }
    expect(await statuses({ claims: [f.a.id, f.b.id], links: [f.l.id] })).toEqual(["needs_review@1", "needs_review@1", "needs_review@1"]);
  });

  it("answers 400 naming each bad item, duplicates, and more than 200 items", async () => {
    const f = await waiting();
    const editor = await tokenFor("editor");
    const bad = await call(bulk, "/api/v1/review/bulk", {
      token: editor.token,
      body: {
        items: [f.items[0], { kind: "proposition", id: f.b.id, version: 1 }, { kind: "claim", id: f.b.id, version: 0 }, f.items[0]],
        decision: "approve",
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body?.error.details).toEqual([
      { path: "items.1.kind", message: 'must be "claim" or "link"' },
      { path: "items.2.version", message: "must be at least 1" },
    ]);
    const twice = await call(bulk, "/api/v1/review/bulk", { token: editor.token, body: { items: [f.items[0], f.items[1], f.items[0]], decision: "approve" } });
    expect(twice.status).toBe(400);
    expect(twice.body?.error.details).toEqual([{ path: "items.2.id", message: "names the same claim as items.0" }]);
    const many = Array.from({ length: 201 }, (_, i) => ({ kind: "claim", id: `c${i}`, version: 1 }));
    const tooMany = await call(bulk, "/api/v1/review/bulk", { token: editor.token, body: { items: many, decision: "approve" } });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body?.error.details).toEqual([{ path: "items", message: "must name at most 200 items" }]);
    const none = await call(bulk, "/api/v1/review/bulk", { token: editor.token, body: { items: [], decision: "maybe" } });
    expect(none.body?.error.details?.map((d: { path: string }) => d.path)).toEqual(["items", "decision"]);
    expect(await statuses({ claims: [f.a.id, f.b.id], links: [f.l.id] })).toEqual(["needs_review@1", "needs_review@1", "needs_review@1"]);
  });

  it("the pending count (the header's Review (n)) counts what the queue lists, for editors only", async () => {
    const editor = await tokenFor("editor");
    const analyst = await tokenFor("analyst");
    // Counted in the test's own story: other test files may add waiting work to the database meanwhile.
    const f = await waiting();
    const inStory = () => countPendingReview(editor.actor, { storyId: f.story.id });
    expect(await inStory()).toBe(3);
    expect(await countPendingReview(editor.actor)).toBeGreaterThanOrEqual(3);
    expect(await countPendingReview(analyst.actor)).toBeNull();
    // A deleted claim's link, and a deleted article's claims, are not waiting any more.
    const db = await getDb();
    await db.claim.update({ where: { id: f.a.id }, data: { deletedAt: new Date() } });
    expect(await inStory()).toBe(1);
    await call(bulk, "/api/v1/review/bulk", { token: editor.token, body: { items: [f.items[1]], decision: "approve" } });
    expect(await inStory()).toBe(0);
  });
});
