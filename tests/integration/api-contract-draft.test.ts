/** Contract of the draft comparison: drafting a story's propositions, accepting and rejecting an item. */
import { afterAll, describe, expect, it } from "vitest";
import { createArticle, createClaim, createLink, createProposition } from "@/demo/factories";
import { type Json, tokenFor } from "../support/api";
import { contract } from "../support/contract";
import { itRefusesWithoutCredentialsAndOversizedBodies } from "../support/contract-refusals";
import { makeStoryWithArticle } from "../support/factories";

const owned = ["draftComparison", "acceptDraftItem", "rejectDraftItem"] as const;
const c = contract(["draftComparison", "acceptDraftItem", "rejectDraftItem"]);
afterAll(() => c.assertEveryStatusCovered());

itRefusesWithoutCredentialsAndOversizedBodies(c, owned);

const ONE = "Police said three people were injured in the fire on Main Street. The mayor might resign next week.";
const TWO = "Four people were hurt in the Main Street fire, the fire brigade said. The weather stayed dry.";

async function story() {
  const base = await makeStoryWithArticle(ONE);
  const second = await createArticle({ storyId: base.story.id, title: "Second", text: TWO, createdById: base.user.id });
  return { ...base, second };
}

const KEY = "0123456789abcdef";

describe("GET /api/v1/stories/:id/draft", () => {
  it("drafts propositions across the articles for anyone signed in; 400 for a bad limit, 404 for an unknown story", async () => {
    const { story: s, article, second } = await story();
    const viewer = await tokenFor("viewer");
    const res = await c.send("draftComparison", { token: viewer.token, params: { id: s.id } });
    expect(res.status).toBe(200);
    const fire = (res.body!.items as Json[]).find((i) => i.claims.length === 2)!;
    expect(fire.claims.map((x: Json) => x.articleId).sort()).toEqual([article.id, second.id].sort());
    expect(fire.reasons.map((r: Json) => r.kind)).toContain("number");
    const one = await c.send("draftComparison", { token: viewer.token, params: { id: s.id }, query: { limit: "1" } });
    expect(one.body!.items).toEqual(res.body!.items.slice(0, 1));
    const bad = await c.send("draftComparison", { token: viewer.token, params: { id: s.id }, query: { limit: "0" } });
    expect(bad.status).toBe(400);
    expect(bad.body!.error.details).toEqual([{ path: "limit", message: "must be at least 1" }]);
    expect((await c.send("draftComparison", { token: viewer.token, params: { id: "missing" } })).status).toBe(404);
  });
});

describe("POST /api/v1/stories/:id/draft/accept", () => {
  it("creates the proposition, the claims and the links (201); refuses viewers, bad input, unknown stories and an item decided already", async () => {
    const { story: s, article, user } = await story();
    const analyst = await tokenFor("analyst");
    const exact = "The mayor might resign next week.";
    const start = ONE.indexOf(exact);
    const words = {
      articleId: article.id,
      revisionId: article.revision.id,
      start,
      end: start + exact.length,
      exact,
      statement: "The mayor may resign",
      sourcing: "speculative",
      stance: "supports",
    };
    const ok = await c.send("acceptDraftItem", {
      token: analyst.token,
      params: { id: s.id },
      body: { key: KEY, statement: "The mayor resigns", claims: [words] },
    });
    expect(ok.status).toBe(201);
    expect(ok.body!.proposition).toMatchObject({ statement: "The mayor resigns", links: [{ stance: "supports", status: "needs_review" }] });

    const viewer = await tokenFor("viewer");
    expect((await c.send("acceptDraftItem", { token: viewer.token, params: { id: s.id }, body: { key: KEY, statement: "S", claims: [words] } })).status).toBe(
      403,
    );
    const empty = await c.send("acceptDraftItem", { token: analyst.token, params: { id: s.id }, body: { key: KEY, statement: "S", claims: [] } });
    expect(empty.status).toBe(400);
    expect(empty.body!.error.details).toEqual([{ path: "claims", message: "must name at least one claim" }]);
    expect(
      (await c.send("acceptDraftItem", { token: analyst.token, params: { id: "missing" }, body: { key: "1123456789abcdef", statement: "S", claims: [words] } }))
        .status,
    ).toBe(404);

    const claim = await createClaim({
      articleId: article.id,
      exact: "Police said three people were injured in the fire on Main Street.",
      statement: "Three injured",
      sourcing: "attributed",
      createdById: user.id,
    });
    const p = await createProposition({ storyId: s.id, statement: "Injured", createdById: user.id });
    await createLink({ storyId: s.id, claimId: claim.id, propositionId: p.id, stance: "supports", createdById: user.id });
    const again = await c.send("acceptDraftItem", {
      token: analyst.token,
      params: { id: s.id },
      body: { key: KEY, statement: "S", claims: [{ claimId: claim.id, stance: "supports" }] },
    });
    expect(again.status).toBe(409);
    expect(again.body!.error.details).toEqual([{ path: "key", message: "already accepted" }]);
  });
});

describe("POST /api/v1/stories/:id/draft/reject", () => {
  it("remembers a rejection (200), then answers 409; refuses viewers, bad keys and unknown stories", async () => {
    const { story: s } = await story();
    const analyst = await tokenFor("analyst");
    const ok = await c.send("rejectDraftItem", { token: analyst.token, params: { id: s.id }, body: { key: KEY } });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ outcome: "rejected" });
    expect((await c.send("rejectDraftItem", { token: analyst.token, params: { id: s.id }, body: { key: KEY } })).status).toBe(409);
    const viewer = await tokenFor("viewer");
    expect((await c.send("rejectDraftItem", { token: viewer.token, params: { id: s.id }, body: { key: KEY } })).status).toBe(403);
    expect((await c.send("rejectDraftItem", { token: analyst.token, params: { id: s.id }, body: { key: "x" } })).status).toBe(400);
    expect((await c.send("rejectDraftItem", { token: analyst.token, params: { id: "missing" }, body: { key: KEY } })).status).toBe(404);
  });
});
