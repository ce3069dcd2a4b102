/**
 * Issue 15, bug 3: a claim whose words were deleted by an article edit (orphaned) must not count in
 * the comparison (cells, pairs, totals, sourcing mix) until it is repaired, and the comparison says
 * which claims wait for repair.
 */
import { describe, expect, it } from "vitest";
import { createArticle, createClaim, createLink, createProposition } from "@/demo/factories";
import { countClaimsBySourcing } from "@/domain/claims/service";
import { PUT as reviseText } from "../../app/api/v1/articles/[id]/text/route";
import { GET as getArticle } from "../../app/api/v1/articles/[id]/route";
import { PATCH as patchClaim, GET as getClaim } from "../../app/api/v1/claims/[id]/route";
import { GET as comparison } from "../../app/api/v1/stories/[id]/comparison/route";
import { GET as listPropositions } from "../../app/api/v1/stories/[id]/propositions/route";
import { call, tokenFor } from "../support/api";
import { makeStoryWithArticle } from "../support/factories";

async function agreeingStory() {
  const base = await makeStoryWithArticle("The bridge was closed on Monday. Traffic was diverted.");
  const other = await createArticle({ storyId: base.story.id, title: "Second", text: "Officials said the bridge was closed on Monday." });
  const c1 = await createClaim({ articleId: base.article.id, exact: "The bridge was closed on Monday.", statement: "Closed Monday", sourcing: "confirmed" });
  const c2 = await createClaim({ articleId: other.id, exact: "the bridge was closed on Monday", statement: "Closed Monday", sourcing: "confirmed" });
  const p = await createProposition({ storyId: base.story.id, statement: "The bridge closed on Monday" });
  await createLink({ storyId: base.story.id, claimId: c1.id, propositionId: p.id, stance: "supports" });
  await createLink({ storyId: base.story.id, claimId: c2.id, propositionId: p.id, stance: "supports" });
  return { ...base, other, c1, c2, p };
}

describe("orphaned claims in the comparison", () => {
  it("stop counting once their words are deleted, are listed as waiting for repair, and count again once repaired", async () => {
    const { token, actor } = await tokenFor("editor");
    const { story, article, other, c1, c2 } = await agreeingStory();
    const read = async () => (await call(comparison, `/api/v1/stories/${story.id}/comparison`, { token, params: { id: story.id } })).body!;

    const before = await read();
    expect(before.pairs[0]).toMatchObject({ agreements: 1, onlyInA: 0, onlyInB: 0 });
    expect(before.orphanedClaims).toEqual([]);

    // The article edit removes the claim's sentence: the claim is orphaned.
    const art = (await call(getArticle, `/api/v1/articles/${article.id}`, { token, params: { id: article.id } })).body!;
    const revised = await call(reviseText, `/api/v1/articles/${article.id}/text`, {
      token,
      method: "PUT",
      params: { id: article.id },
      body: { version: art.version, text: "Traffic was diverted." },
    });
    expect(revised.status).toBe(200);
    const orphan = (await call(getClaim, `/api/v1/claims/${c1.id}`, { token, params: { id: c1.id } })).body!;
    expect(orphan.orphaned).toBe(true);

    const after = await read();
    // Not an agreement any more: only the second article still reports the point.
    expect(after.propositions[0].cells[article.id]).toEqual({ stance: "absent", sourcing: null, claimIds: [] });
    expect(after.propositions[0].cells[other.id]).toMatchObject({ stance: "supports", claimIds: [c2.id] });
    expect(after.pairs[0]).toMatchObject({ agreements: 0, divergences: 0, onlyInA: 0, onlyInB: 1 });
    expect(after.totals).toMatchObject({ agreements: 0, onlyIn: 1 });
    expect(after.propositionTotals).toMatchObject({ agreements: 0, onlyIn: 1 });
    expect(after.orphanedClaims).toEqual([{ id: c1.id, articleId: article.id }]);
    // The proposition's links say which claim waits for repair (the dashboard row shows it so).
    const props = (await call(listPropositions, `/api/v1/stories/${story.id}/propositions`, { token, params: { id: story.id } })).body!;
    expect(props.items[0].links.map((l: { claimId: string; claim: { orphaned: boolean } }) => [l.claimId, l.claim.orphaned])).toEqual([
      [c1.id, true],
      [c2.id, false],
    ]);
    // The sourcing-mix chart no longer counts it either.
    const mix = await countClaimsBySourcing(actor, story.id);
    expect(mix.get(article.id)?.confirmed ?? 0).toBe(0);
    expect(mix.get(other.id)?.confirmed).toBe(1);

    // Repaired: re-selected in the current text, it counts again.
    await call(reviseText, `/api/v1/articles/${article.id}/text`, {
      token,
      method: "PUT",
      params: { id: article.id },
      body: { version: art.version + 1, text: "Traffic was diverted. The bridge was closed on Monday." },
    });
    const repaired = await call(patchClaim, `/api/v1/claims/${c1.id}`, {
      token,
      method: "PATCH",
      params: { id: c1.id },
      body: { version: orphan.version, exact: "The bridge was closed on Monday." },
    });
    expect(repaired.status).toBe(200);
    expect(repaired.body!.orphaned).toBe(false);
    const again = await read();
    expect(again.pairs[0]).toMatchObject({ agreements: 1, onlyInB: 0 });
    expect(again.orphanedClaims).toEqual([]);
    expect((await countClaimsBySourcing(actor, story.id)).get(article.id)?.confirmed).toBe(1);
  });

  it("does not list an orphaned claim that speaks to no proposition (it never counted)", async () => {
    const { token } = await tokenFor("editor");
    const { story, article } = await agreeingStory();
    const loose = await createClaim({ articleId: article.id, exact: "Traffic was diverted.", statement: "Diverted", sourcing: "confirmed" });
    const art = (await call(getArticle, `/api/v1/articles/${article.id}`, { token, params: { id: article.id } })).body!;
    await call(reviseText, `/api/v1/articles/${article.id}/text`, {
      token,
      method: "PUT",
      params: { id: article.id },
      body: { version: art.version, text: "The bridge was closed on Monday." },
    });
    const cmp = (await call(comparison, `/api/v1/stories/${story.id}/comparison`, { token, params: { id: story.id } })).body!;
    expect(cmp.pairs[0]).toMatchObject({ agreements: 1 });
    expect(cmp.orphanedClaims).toEqual([]);
    expect(cmp.orphanedClaims.map((c: { id: string }) => c.id)).not.toContain(loose.id);
  });
});
