import { describe, expect, it } from "vitest";
import { createClaim } from "@/demo/factories";
import { POST as createProposition, GET as listPropositions } from "../../app/api/v1/stories/[id]/propositions/route";
import { DELETE as deleteProposition, PATCH as patchProposition } from "../../app/api/v1/propositions/[id]/route";
import { POST as linkClaim } from "../../app/api/v1/propositions/[id]/links/route";
import { DELETE as unlink, PATCH as patchLink } from "../../app/api/v1/links/[id]/route";
import { GET as comparison } from "../../app/api/v1/stories/[id]/comparison/route";
import { createArticle } from "@/demo/factories";
import { call, tokenFor } from "../support/api";
import { makeStoryWithArticle } from "../support/factories";

async function twoArticles() {
  const base = await makeStoryWithArticle("Alpha said the bridge was closed. Beta might reopen it.");
  const other = await createArticle({ storyId: base.story.id, title: "Second", text: "The bridge stayed open, residents said." });
  const c1 = await createClaim({ articleId: base.article.id, exact: "Alpha said the bridge was closed.", statement: "Closed", sourcing: "attributed" });
  const c2 = await createClaim({ articleId: other.id, exact: "The bridge stayed open", statement: "Open", sourcing: "confirmed" });
  return { ...base, other, c1, c2 };
}

describe("propositions and links", () => {
  it("creates, links claims of both articles, and the comparison follows", async () => {
    const { token } = await tokenFor("editor");
    const { story, article, other, c1, c2 } = await twoArticles();
    const p = await call(createProposition, `/api/v1/stories/${story.id}/propositions`, {
      token,
      params: { id: story.id },
      body: { statement: "The bridge was closed" },
    });
    expect(p.status).toBe(201);
    expect(p.body).toMatchObject({ statement: "The bridge was closed", verdict: null, version: 1, links: [] });
    const l1 = await call(linkClaim, `/api/v1/propositions/${p.body!.id}/links`, {
      token,
      params: { id: p.body!.id },
      body: { claimId: c1.id, stance: "supports" },
    });
    expect(l1.status).toBe(201);
    const l2 = await call(linkClaim, `/api/v1/propositions/${p.body!.id}/links`, {
      token,
      params: { id: p.body!.id },
      body: { claimId: c2.id, stance: "contradicts", note: "open, not closed" },
    });
    expect(l2.body).toMatchObject({ stance: "contradicts", note: "open, not closed", articleId: other.id });

    const cmp = await call(comparison, `/api/v1/stories/${story.id}/comparison`, { token, params: { id: story.id } });
    expect(cmp.status).toBe(200);
    expect(cmp.body!.propositions[0].cells).toEqual({
      [article.id]: { stance: "supports", sourcing: "attributed", claimIds: [c1.id] },
      [other.id]: { stance: "contradicts", sourcing: "confirmed", claimIds: [c2.id] },
    });
    expect(cmp.body!.pairs).toEqual([{ a: article.id, b: other.id, agreements: 0, divergences: 1, sourcingGaps: 0, onlyInA: 0, onlyInB: 0 }]);

    // Change the stance: now an agreement with a sourcing gap.
    const changed = await call(patchLink, `/api/v1/links/${l2.body!.id}`, {
      token,
      method: "PATCH",
      params: { id: l2.body!.id },
      body: { version: 1, stance: "supports" },
    });
    expect(changed.status).toBe(200);
    const cmp2 = await call(comparison, `/api/v1/stories/${story.id}/comparison`, { token, params: { id: story.id } });
    expect(cmp2.body!.pairs[0]).toMatchObject({ agreements: 1, divergences: 0, sourcingGaps: 1 });

    // Unlink with a stale version is refused; with the current one it goes.
    expect((await call(unlink, `/api/v1/links/${l2.body!.id}`, { token, method: "DELETE", params: { id: l2.body!.id }, body: { version: 1 } })).status).toBe(
      409,
    );
    expect((await call(unlink, `/api/v1/links/${l2.body!.id}`, { token, method: "DELETE", params: { id: l2.body!.id }, body: { version: 2 } })).status).toBe(
      204,
    );
    const cmp3 = await call(comparison, `/api/v1/stories/${story.id}/comparison`, { token, params: { id: story.id } });
    expect(cmp3.body!.pairs[0]).toMatchObject({ onlyInA: 1, agreements: 0 });

    // Relinking the same pair revives the link.
    const relinked = await call(linkClaim, `/api/v1/propositions/${p.body!.id}/links`, {
      token,
      params: { id: p.body!.id },
      body: { claimId: c2.id, stance: "supports" },
    });
    expect(relinked.status).toBe(201);
    expect(relinked.body!.id).toBe(l2.body!.id);
    const listed = await call(listPropositions, `/api/v1/stories/${story.id}/propositions`, { token, params: { id: story.id } });
    expect(listed.body!.items[0].links).toHaveLength(2);
  });

  it("refuses a claim of another story, a duplicate link, and bad input", async () => {
    const { token } = await tokenFor("editor");
    const { story, c1 } = await twoArticles();
    const elsewhere = await twoArticles();
    const p = (await call(createProposition, `/api/v1/stories/${story.id}/propositions`, { token, params: { id: story.id }, body: { statement: "P" } })).body!;
    const foreign = await call(linkClaim, `/api/v1/propositions/${p.id}/links`, {
      token,
      params: { id: p.id },
      body: { claimId: elsewhere.c1.id, stance: "supports" },
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body!.error).toMatchObject({
      message: "A claim can only be linked to a proposition of its own story.",
      details: [{ path: "claimId", message: "belongs to another story" }],
    });
    await call(linkClaim, `/api/v1/propositions/${p.id}/links`, { token, params: { id: p.id }, body: { claimId: c1.id, stance: "supports" } });
    const dup = await call(linkClaim, `/api/v1/propositions/${p.id}/links`, { token, params: { id: p.id }, body: { claimId: c1.id, stance: "contradicts" } });
    expect(dup.status).toBe(409);
    const bad = await call(linkClaim, `/api/v1/propositions/${p.id}/links`, { token, params: { id: p.id }, body: { claimId: c1.id, stance: "maybe" } });
    expect(bad.status).toBe(400);
    expect(bad.body!.error.details[0].path).toBe("stance");
  });

  it("keeps the verdict to editors and checks versions", async () => {
    const editor = await tokenFor("editor");
    const analyst = await tokenFor("analyst");
    const { story } = await twoArticles();
    const p = (
      await call(createProposition, `/api/v1/stories/${story.id}/propositions`, { token: analyst.token, params: { id: story.id }, body: { statement: "Mine" } })
    ).body!;
    const byAnalyst = await call(patchProposition, `/api/v1/propositions/${p.id}`, {
      token: analyst.token,
      method: "PATCH",
      params: { id: p.id },
      body: { version: 1, verdict: "false" },
    });
    expect(byAnalyst.status).toBe(403);
    const byEditor = await call(patchProposition, `/api/v1/propositions/${p.id}`, {
      token: editor.token,
      method: "PATCH",
      params: { id: p.id },
      body: { version: 1, verdict: "mostly_false", rationale: "Residents and photos show it open." },
    });
    expect(byEditor.body).toMatchObject({ verdict: "mostly_false", version: 2 });
    const stale = await call(patchProposition, `/api/v1/propositions/${p.id}`, {
      token: analyst.token,
      method: "PATCH",
      params: { id: p.id },
      body: { version: 1, statement: "x" },
    });
    expect(stale.status).toBe(409);
    const viewer = await tokenFor("viewer");
    expect(
      (await call(deleteProposition, `/api/v1/propositions/${p.id}`, { token: viewer.token, method: "DELETE", params: { id: p.id }, body: { version: 2 } }))
        .status,
    ).toBe(403);
    expect(
      (await call(deleteProposition, `/api/v1/propositions/${p.id}`, { token: analyst.token, method: "DELETE", params: { id: p.id }, body: { version: 2 } }))
        .status,
    ).toBe(204);
    expect((await call(listPropositions, `/api/v1/stories/${story.id}/propositions`, { token: viewer.token, params: { id: story.id } })).body!.items).toEqual(
      [],
    );
  });
});
