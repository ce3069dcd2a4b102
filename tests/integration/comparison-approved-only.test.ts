/** "Approved only": the comparison counted over approved claims and approved links only (issue 15). */
import { describe, expect, it } from "vitest";
import { createArticle, createClaim, createLink, createProposition } from "@/demo/factories";
import { getDb } from "@/data/db";
import { getComparison } from "@/domain/comparison/service";
import { POST as review } from "../../app/api/v1/claims/[id]/review/route";
import { GET as comparison } from "../../app/api/v1/stories/[id]/comparison/route";
import { call, tokenFor } from "../support/api";
import { makeStoryWithArticle } from "../support/factories";

async function story() {
  const base = await makeStoryWithArticle("Alpha said the bridge was closed. Beta might reopen it.");
  const other = await createArticle({ storyId: base.story.id, title: "Second", text: "The bridge stayed open, residents said." });
  const p = await createProposition({ storyId: base.story.id, statement: "The bridge was closed" });
  // Approved claim, approved link: counts either way.
  const c1 = await createClaim({
    articleId: base.article.id,
    exact: "Alpha said the bridge was closed.",
    statement: "Closed",
    sourcing: "attributed",
    status: "approved",
  });
  await createLink({ storyId: base.story.id, claimId: c1.id, propositionId: p.id, stance: "supports", status: "approved" });
  // Approved link of a claim still waiting for review: counts only in the full comparison.
  const c2 = await createClaim({ articleId: other.id, exact: "The bridge stayed open", statement: "Open", sourcing: "confirmed", status: "needs_review" });
  await createLink({ storyId: base.story.id, claimId: c2.id, propositionId: p.id, stance: "contradicts", status: "approved" });
  // Approved claim with a draft link: also only in the full comparison.
  const c3 = await createClaim({
    articleId: base.article.id,
    exact: "Beta might reopen it.",
    statement: "Reopen",
    sourcing: "speculative",
    status: "approved",
  });
  await createLink({ storyId: base.story.id, claimId: c3.id, propositionId: p.id, stance: "contradicts", status: "draft" });
  return { ...base, other, p, c1, c2, c3 };
}

describe("comparison, approved only", () => {
  it("counts only approved links of approved claims, with the same fields", async () => {
    const f = await story();
    const { token } = await tokenFor("viewer");
    const all = await call(comparison, `/api/v1/stories/${f.story.id}/comparison`, { token, params: { id: f.story.id } });
    const approved = await call(comparison, `/api/v1/stories/${f.story.id}/comparison?approvedOnly=true`, { token, params: { id: f.story.id } });
    expect(all.status).toBe(200);
    expect(approved.status).toBe(200);
    expect(Object.keys(approved.body!).sort()).toEqual(Object.keys(all.body!).sort());
    expect(all.body!.propositions[0].cells).toEqual({
      [f.article.id]: { stance: "mixed", sourcing: "attributed", claimIds: [f.c1.id, f.c3.id] },
      [f.other.id]: { stance: "contradicts", sourcing: "confirmed", claimIds: [f.c2.id] },
    });
    expect(approved.body!.propositions[0].cells).toEqual({
      [f.article.id]: { stance: "supports", sourcing: "attributed", claimIds: [f.c1.id] },
      [f.other.id]: { stance: "absent", sourcing: null, claimIds: [] },
    });
    expect(approved.body!.pairs).toEqual([{ a: f.article.id, b: f.other.id, agreements: 0, divergences: 0, sourcingGaps: 0, onlyInA: 1, onlyInB: 0 }]);
    expect((await call(comparison, `/api/v1/stories/${f.story.id}/comparison?approvedOnly=false`, { token, params: { id: f.story.id } })).body).toEqual(
      all.body,
    );
  });

  it("follows an approval at once (its own cache, same stamp)", async () => {
    const f = await story();
    const editor = await tokenFor("editor");
    const before = await getComparison(editor.actor, f.story.id, undefined, { approvedOnly: true });
    expect(before.propositions[0]!.cells[f.other.id]!.stance).toBe("absent");
    // Warm the full comparison too: the two must not share an entry.
    await getComparison(editor.actor, f.story.id);
    const res = await call(review, `/api/v1/claims/${f.c2.id}/review`, {
      token: editor.token,
      params: { id: f.c2.id },
      body: { version: 1, decision: "approve" },
    });
    expect(res.status).toBe(200);
    const after = await getComparison(editor.actor, f.story.id, undefined, { approvedOnly: true });
    expect(after.propositions[0]!.cells[f.other.id]).toEqual({ stance: "contradicts", sourcing: "confirmed", claimIds: [f.c2.id] });
    expect(after.pairs[0]).toMatchObject({ divergences: 1, onlyInA: 0 });
    const db = await getDb();
    expect((await db.claim.findUniqueOrThrow({ where: { id: f.c2.id } })).status).toBe("approved");
  });

  it("answers 400 to a value other than true or false", async () => {
    const f = await story();
    const { token } = await tokenFor("viewer");
    const res = await call(comparison, `/api/v1/stories/${f.story.id}/comparison?approvedOnly=yes`, { token, params: { id: f.story.id } });
    expect(res.status).toBe(400);
    expect(res.body!.error.details).toEqual([{ path: "approvedOnly", message: 'must be "true" or "false"' }]);
  });
});
