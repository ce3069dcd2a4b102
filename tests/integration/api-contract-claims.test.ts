/** Contract of the claim endpoints: read, edit, delete, restore. */
import { afterAll, describe, expect, it } from "vitest";
import { createClaim } from "@/demo/factories";
import { tokenFor } from "../support/api";
import { contract } from "../support/contract";
import { itRefusesWithoutCredentialsAndOversizedBodies } from "../support/contract-refusals";
import { makeStoryWithArticle } from "../support/factories";

const owned = ["getClaim", "updateClaim", "deleteClaim", "restoreClaim"] as const;
const c = contract(["getClaim", "updateClaim", "deleteClaim", "restoreClaim"]);
afterAll(() => c.assertEveryStatusCovered());

itRefusesWithoutCredentialsAndOversizedBodies(c, owned);

async function claimOf(createdById?: string) {
  const { article, user } = await makeStoryWithArticle();
  const claim = await createClaim({
    articleId: article.id,
    exact: "Beta might reopen it.",
    statement: "Reopen",
    sourcing: "speculative",
    createdById: createdById ?? user.id,
  });
  return { article, claim };
}

describe("GET /api/v1/claims/:id", () => {
  it("answers the claim, 404 for an unknown one", async () => {
    const { token } = await tokenFor("viewer");
    const { claim, article } = await claimOf();
    const res = await c.send("getClaim", { token, params: { id: claim.id } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: claim.id, articleId: article.id, version: 1, selector: { exact: "Beta might reopen it." } });
    expect((await c.send("getClaim", { token, params: { id: "missing" } })).status).toBe(404);
  });
});

describe("PATCH /api/v1/claims/:id", () => {
  it("edits with version checks; analysts only their own and never approve", async () => {
    const analyst = await tokenFor("analyst");
    const own = await claimOf(analyst.user.id);
    const edited = await c.send("updateClaim", {
      token: analyst.token,
      params: { id: own.claim.id },
      body: { version: 1, sourcing: "attributed", source: "Beta" },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ sourcing: "attributed", source: "Beta", version: 2 });
    const stale = await c.send("updateClaim", { token: analyst.token, params: { id: own.claim.id }, body: { version: 1, statement: "Lost" } });
    expect(stale.status).toBe(409);
    expect(stale.body!.error.details).toEqual([{ path: "version", message: "current version is 2" }]);
    expect((await c.send("updateClaim", { token: analyst.token, params: { id: own.claim.id }, body: { version: 2, status: "approved" } })).status).toBe(403);

    const theirs = await claimOf();
    expect((await c.send("updateClaim", { token: analyst.token, params: { id: theirs.claim.id }, body: { version: 1, statement: "Mine" } })).status).toBe(403);
    expect((await c.send("updateClaim", { token: analyst.token, params: { id: "missing" }, body: { version: 1 } })).status).toBe(404);
    const bad = await c.send("updateClaim", { token: analyst.token, params: { id: own.claim.id }, body: { version: 2, status: "done", cue: "x".repeat(301) } });
    expect(bad.status).toBe(400);
    expect(bad.body!.error.details.map((d: { path: string }) => d.path).sort()).toEqual(["cue", "status"]);
  });
});

describe("DELETE /api/v1/claims/:id and POST .../restore", () => {
  it("deletes with the version, restores it, and refuses the rest", async () => {
    const { token } = await tokenFor("editor");
    const { claim } = await claimOf();
    const viewer = await tokenFor("viewer");
    expect((await c.send("deleteClaim", { token: viewer.token, params: { id: claim.id }, body: { version: 1 } })).status).toBe(403);
    expect((await c.send("deleteClaim", { token, params: { id: claim.id }, body: { version: 3 } })).status).toBe(409);
    const bad = await c.send("deleteClaim", { token, params: { id: claim.id }, body: {} });
    expect(bad.status).toBe(400);
    expect(bad.body!.error.details).toEqual([{ path: "version", message: "is required" }]);

    const notDeleted = await c.send("restoreClaim", { token, params: { id: claim.id }, body: { version: 1 } });
    expect(notDeleted.status).toBe(409);
    expect(notDeleted.body!.error.message).toBe("This claim is not deleted.");

    expect((await c.send("deleteClaim", { token, params: { id: claim.id }, body: { version: 1 } })).status).toBe(204);
    expect((await c.send("getClaim", { token, params: { id: claim.id } })).status).toBe(404);
    expect((await c.send("deleteClaim", { token, params: { id: claim.id }, body: { version: 2 } })).status).toBe(404);

    expect((await c.send("restoreClaim", { token: viewer.token, params: { id: claim.id }, body: { version: 2 } })).status).toBe(403);
    expect((await c.send("restoreClaim", { token, params: { id: claim.id }, body: { version: 1 } })).status).toBe(409);
    const badRestore = await c.send("restoreClaim", { token, params: { id: claim.id }, body: { version: -2 } });
    expect(badRestore.status).toBe(400);
    expect(badRestore.body!.error.details).toEqual([{ path: "version", message: "must be at least 1" }]);
    expect((await c.send("restoreClaim", { token, params: { id: "missing" }, body: { version: 1 } })).status).toBe(404);
    const restored = await c.send("restoreClaim", { token, params: { id: claim.id }, body: { version: 2 } });
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ id: claim.id, version: 3 });
    expect((await c.send("getClaim", { token, params: { id: claim.id } })).status).toBe(200);
  });
});
