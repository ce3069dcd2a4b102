/** Contract of the proposition and link endpoints. */
import { afterAll, describe, expect, it } from "vitest";
import { createClaim, createLink, createProposition } from "@/demo/factories";
import { tokenFor } from "../support/api";
import { contract } from "../support/contract";
import { itRefusesWithoutCredentialsAndOversizedBodies } from "../support/contract-refusals";
import { makeStoryWithArticle } from "../support/factories";

const owned = [
  "listPropositions",
  "createProposition",
  "updateProposition",
  "deleteProposition",
  "restoreProposition",
  "linkClaim",
  "updateLink",
  "unlink",
  "restoreLink",
] as const;
const c = contract([
  "listPropositions",
  "createProposition",
  "updateProposition",
  "deleteProposition",
  "restoreProposition",
  "linkClaim",
  "updateLink",
  "unlink",
  "restoreLink",
]);
afterAll(() => c.assertEveryStatusCovered());

itRefusesWithoutCredentialsAndOversizedBodies(c, owned);

async function storyWithClaim() {
  const base = await makeStoryWithArticle();
  const claim = await createClaim({
    articleId: base.article.id,
    exact: "Beta might reopen it.",
    statement: "Reopen",
    sourcing: "speculative",
    createdById: base.user.id,
  });
  return { ...base, claim };
}

describe("GET and POST /api/v1/stories/:id/propositions", () => {
  it("creates, lists with links, and refuses what it must", async () => {
    const { story, claim, user } = await storyWithClaim();
    const analyst = await tokenFor("analyst");
    const created = await c.send("createProposition", { token: analyst.token, params: { id: story.id }, body: { statement: "It reopens" } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ statement: "It reopens", verdict: null, links: [], version: 1 });
    await createLink({ storyId: story.id, claimId: claim.id, propositionId: created.body!.id, stance: "supports", createdById: user.id });
    const listed = await c.send("listPropositions", { token: analyst.token, params: { id: story.id } });
    expect(listed.status).toBe(200);
    expect(listed.body).toMatchObject({ items: [{ id: created.body!.id, links: [{ claimId: claim.id, stance: "supports" }] }], nextCursor: null });
    expect((await c.send("listPropositions", { token: analyst.token, params: { id: "missing" } })).status).toBe(404);

    expect((await c.send("createProposition", { token: analyst.token, params: { id: story.id }, body: { statement: "Rated", verdict: "false" } })).status).toBe(
      403,
    );
    const viewer = await tokenFor("viewer");
    expect((await c.send("createProposition", { token: viewer.token, params: { id: story.id }, body: { statement: "x" } })).status).toBe(403);
    expect((await c.send("createProposition", { token: analyst.token, params: { id: "missing" }, body: { statement: "x" } })).status).toBe(404);
    const bad = await c.send("createProposition", { token: analyst.token, params: { id: story.id }, body: { statement: " ", verdict: "fake" } });
    expect(bad.status).toBe(400);
    expect(bad.body!.error.details.map((d: { path: string }) => d.path).sort()).toEqual(["statement", "verdict"]);
  });
});

describe("PATCH, DELETE /api/v1/propositions/:id and POST .../restore", () => {
  it("edits, gives verdicts as an editor, deletes and restores with versions", async () => {
    const { story } = await storyWithClaim();
    const analyst = await tokenFor("analyst");
    const editor = await tokenFor("editor");
    const p = (await c.send("createProposition", { token: analyst.token, params: { id: story.id }, body: { statement: "Mine" } })).body!;
    const reworded = await c.send("updateProposition", { token: analyst.token, params: { id: p.id }, body: { version: 1, statement: "Mine, reworded" } });
    expect(reworded.status).toBe(200);
    expect((await c.send("updateProposition", { token: analyst.token, params: { id: p.id }, body: { version: 2, verdict: "true" } })).status).toBe(403);
    const rated = await c.send("updateProposition", {
      token: editor.token,
      params: { id: p.id },
      body: { version: 2, verdict: "mostly_true", rationale: "Two sources." },
    });
    expect(rated.body).toMatchObject({ verdict: "mostly_true", rationale: "Two sources.", version: 3 });
    expect((await c.send("updateProposition", { token: editor.token, params: { id: p.id }, body: { version: 2, statement: "Lost" } })).status).toBe(409);
    expect((await c.send("updateProposition", { token: editor.token, params: { id: "missing" }, body: { version: 1 } })).status).toBe(404);
    const bad = await c.send("updateProposition", { token: editor.token, params: { id: p.id }, body: { version: 3, rationale: "x".repeat(5001) } });
    expect(bad.body!.error.details).toEqual([{ path: "rationale", message: "must be at most 5000 characters" }]);
    expect(bad.status).toBe(400);

    const viewer = await tokenFor("viewer");
    expect((await c.send("deleteProposition", { token: viewer.token, params: { id: p.id }, body: { version: 3 } })).status).toBe(403);
    expect((await c.send("deleteProposition", { token: editor.token, params: { id: p.id }, body: { version: 2 } })).status).toBe(409);
    expect((await c.send("deleteProposition", { token: editor.token, params: { id: p.id }, body: { version: "3" } })).status).toBe(400);
    expect((await c.send("restoreProposition", { token: editor.token, params: { id: p.id }, body: { version: 3 } })).status).toBe(409);
    expect((await c.send("deleteProposition", { token: editor.token, params: { id: p.id }, body: { version: 3 } })).status).toBe(204);
    expect((await c.send("deleteProposition", { token: editor.token, params: { id: p.id }, body: { version: 4 } })).status).toBe(404);

    expect((await c.send("restoreProposition", { token: viewer.token, params: { id: p.id }, body: { version: 4 } })).status).toBe(403);
    expect((await c.send("restoreProposition", { token: editor.token, params: { id: p.id }, body: {} })).status).toBe(400);
    expect((await c.send("restoreProposition", { token: editor.token, params: { id: "missing" }, body: { version: 1 } })).status).toBe(404);
    const restored = await c.send("restoreProposition", { token: analyst.token, params: { id: p.id }, body: { version: 4 } });
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ id: p.id, version: 5, verdict: "mostly_true" });
  });
});

describe("POST /api/v1/propositions/:id/links", () => {
  it("links, and refuses a foreign claim, a duplicate, an approval by an analyst, viewers and unknown ids", async () => {
    const { story, article, claim } = await storyWithClaim();
    const analyst = await tokenFor("analyst");
    const p = await createProposition({ storyId: story.id, statement: "It reopens" });
    const linked = await c.send("linkClaim", { token: analyst.token, params: { id: p.id }, body: { claimId: claim.id, stance: "supports", note: "hedged" } });
    expect(linked.status).toBe(201);
    expect(linked.body).toMatchObject({ claimId: claim.id, propositionId: p.id, stance: "supports", note: "hedged", version: 1 });
    const dup = await c.send("linkClaim", { token: analyst.token, params: { id: p.id }, body: { claimId: claim.id, stance: "contradicts" } });
    expect(dup.status).toBe(409);
    expect(dup.body!.error.details[0].path).toBe("claimId");

    const other = await storyWithClaim();
    const foreign = await c.send("linkClaim", { token: analyst.token, params: { id: p.id }, body: { claimId: other.claim.id, stance: "supports" } });
    expect(foreign.status).toBe(400);
    expect(foreign.body!.error.details).toEqual([{ path: "claimId", message: "belongs to another story" }]);
    const bad = await c.send("linkClaim", { token: analyst.token, params: { id: p.id }, body: { stance: "neutral" } });
    expect(bad.body!.error.details.map((d: { path: string }) => d.path).sort()).toEqual(["claimId", "stance"]);
    // The approval is refused once the claim is known to be linkable (a foreign claim is a 400 first).
    const unlinked = await createClaim({ articleId: article.id, exact: "Alpha said the bridge was closed.", statement: "Closed", sourcing: "attributed" });
    const selfApproved = await c.send("linkClaim", {
      token: analyst.token,
      params: { id: p.id },
      body: { claimId: unlinked.id, stance: "supports", status: "approved" },
    });
    expect(selfApproved.status).toBe(403);
    expect(selfApproved.body!.error.message).toBe("Only editors can approve or send back work for review.");
    const viewer = await tokenFor("viewer");
    expect((await c.send("linkClaim", { token: viewer.token, params: { id: p.id }, body: { claimId: claim.id, stance: "supports" } })).status).toBe(403);
    expect((await c.send("linkClaim", { token: analyst.token, params: { id: "missing" }, body: { claimId: claim.id, stance: "supports" } })).status).toBe(404);
  });
});

describe("PATCH, DELETE /api/v1/links/:id and POST .../restore", () => {
  it("changes the stance, unlinks and restores with versions, and refuses the rest", async () => {
    const { story, claim, user } = await storyWithClaim();
    const p = await createProposition({ storyId: story.id, statement: "It reopens" });
    const link = await createLink({ storyId: story.id, claimId: claim.id, propositionId: p.id, stance: "supports", createdById: user.id });
    const editor = await tokenFor("editor");
    const analyst = await tokenFor("analyst");

    const changed = await c.send("updateLink", {
      token: editor.token,
      params: { id: link.id },
      body: { version: 1, stance: "contradicts", status: "approved" },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ stance: "contradicts", status: "approved", version: 2 });
    expect((await c.send("updateLink", { token: editor.token, params: { id: link.id }, body: { version: 1, note: "Lost" } })).status).toBe(409);
    expect((await c.send("updateLink", { token: analyst.token, params: { id: link.id }, body: { version: 2, note: "Mine" } })).status).toBe(403);
    expect((await c.send("updateLink", { token: editor.token, params: { id: "missing" }, body: { version: 1 } })).status).toBe(404);
    const bad = await c.send("updateLink", { token: editor.token, params: { id: link.id }, body: { version: 2, stance: "both" } });
    expect(bad.status).toBe(400);
    expect(bad.body!.error.details[0].path).toBe("stance");

    expect((await c.send("unlink", { token: analyst.token, params: { id: link.id }, body: { version: 2 } })).status).toBe(403);
    expect((await c.send("unlink", { token: editor.token, params: { id: link.id }, body: { version: 1 } })).status).toBe(409);
    expect((await c.send("unlink", { token: editor.token, params: { id: link.id }, body: { version: 0 } })).status).toBe(400);
    expect((await c.send("restoreLink", { token: editor.token, params: { id: link.id }, body: { version: 2 } })).status).toBe(409);
    expect((await c.send("unlink", { token: editor.token, params: { id: link.id }, body: { version: 2 } })).status).toBe(204);
    expect((await c.send("unlink", { token: editor.token, params: { id: link.id }, body: { version: 3 } })).status).toBe(404);

    expect((await c.send("restoreLink", { token: analyst.token, params: { id: link.id }, body: { version: 3 } })).status).toBe(403);
    expect((await c.send("restoreLink", { token: editor.token, params: { id: link.id }, body: { version: 1.5 } })).status).toBe(400);
    expect((await c.send("restoreLink", { token: editor.token, params: { id: "missing" }, body: { version: 1 } })).status).toBe(404);
    const restored = await c.send("restoreLink", { token: editor.token, params: { id: link.id }, body: { version: 3 } });
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ id: link.id, version: 4, stance: "contradicts" });
  });
});
