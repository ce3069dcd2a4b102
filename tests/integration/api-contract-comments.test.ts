/** Contract of comments on claims, propositions and links, and of editing and deleting them. */
import { afterAll, describe, expect, it } from "vitest";
import { createClaim, createLink, createProposition } from "@/demo/factories";
import { tokenFor } from "../support/api";
import { contract } from "../support/contract";
import { itRefusesWithoutCredentialsAndOversizedBodies } from "../support/contract-refusals";
import { makeStoryWithArticle } from "../support/factories";

const owned = [
  "listClaimComments",
  "commentOnClaim",
  "listPropositionComments",
  "commentOnProposition",
  "listLinkComments",
  "commentOnLink",
  "updateComment",
  "deleteComment",
] as const;
const c = contract([
  "listClaimComments",
  "commentOnClaim",
  "listPropositionComments",
  "commentOnProposition",
  "listLinkComments",
  "commentOnLink",
  "updateComment",
  "deleteComment",
]);
afterAll(() => c.assertEveryStatusCovered());

itRefusesWithoutCredentialsAndOversizedBodies(c, owned);

async function targets() {
  const { story, article } = await makeStoryWithArticle();
  const claim = await createClaim({ articleId: article.id, exact: "Beta might reopen it.", statement: "Reopen", sourcing: "speculative" });
  const proposition = await createProposition({ storyId: story.id, statement: "The bridge reopens" });
  const link = await createLink({ storyId: story.id, claimId: claim.id, propositionId: proposition.id, stance: "supports" });
  return { story, claim: claim.id, proposition: proposition.id, link: link.id };
}

describe.each([
  { type: "claim", path: "claims", list: "listClaimComments", add: "commentOnClaim" },
  { type: "proposition", path: "propositions", list: "listPropositionComments", add: "commentOnProposition" },
  { type: "link", path: "links", list: "listLinkComments", add: "commentOnLink" },
] as const)("GET and POST /api/v1/$path/:id/comments", ({ type, list, add }) => {
  it("adds a comment and lists it; 400 for an empty one, 403 for viewers, 404 for an unknown target", async () => {
    const t = await targets();
    const analyst = await tokenFor("analyst");
    const viewer = await tokenFor("viewer");
    const params = { id: t[type] };

    const added = await c.send(add, { token: analyst.token, params, body: { body: "  Which recording?  " } });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      storyId: t.story.id,
      targetType: type,
      targetId: t[type],
      kind: "comment",
      body: "Which recording?",
      author: { id: analyst.user.id },
      version: 1,
    });
    const empty = await c.send(add, { token: analyst.token, params, body: { body: "   " } });
    expect(empty.status).toBe(400);
    expect(empty.body!.error.details).toEqual([{ path: "body", message: "must not be empty" }]);
    expect((await c.send(add, { token: viewer.token, params, body: { body: "Mine" } })).status).toBe(403);
    expect((await c.send(add, { token: analyst.token, params: { id: "missing" }, body: { body: "Lost" } })).status).toBe(404);

    const listed = await c.send(list, { token: viewer.token, params });
    expect(listed.status).toBe(200);
    expect(listed.body!.items.map((x: { id: string }) => x.id)).toEqual([added.body!.id]);
    expect((await c.send(list, { token: viewer.token, params: { id: "missing" } })).status).toBe(404);
  });
});

describe("PATCH and DELETE /api/v1/comments/:id", () => {
  it("lets the author edit and delete with the version; others' only for editors", async () => {
    const t = await targets();
    const author = await tokenFor("analyst");
    const other = await tokenFor("analyst");
    const editor = await tokenFor("editor");
    const id = (await c.send("commentOnClaim", { token: author.token, params: { id: t.claim }, body: { body: "First" } })).body!.id as string;

    const edited = await c.send("updateComment", { token: author.token, params: { id }, body: { version: 1, body: "First, edited" } });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ body: "First, edited", version: 2 });
    expect((await c.send("updateComment", { token: other.token, params: { id }, body: { version: 2, body: "Not mine" } })).status).toBe(403);
    const stale = await c.send("updateComment", { token: editor.token, params: { id }, body: { version: 1, body: "Late" } });
    expect(stale.status).toBe(409);
    expect(stale.body!.error.current).toMatchObject({ entity: "comment", id, version: 2, updatedBy: author.user.name });
    const bad = await c.send("updateComment", { token: author.token, params: { id }, body: { version: 2, body: "", extra: true } });
    expect(bad.status).toBe(400);
    expect(bad.body!.error.details.map((d: { path: string }) => d.path).sort()).toEqual(["(body)", "body"]);
    expect((await c.send("updateComment", { token: author.token, params: { id: "missing" }, body: { version: 1, body: "x" } })).status).toBe(404);

    expect((await c.send("deleteComment", { token: other.token, params: { id }, body: { version: 2 } })).status).toBe(403);
    expect((await c.send("deleteComment", { token: author.token, params: { id }, body: { version: 1 } })).status).toBe(409);
    const noVersion = await c.send("deleteComment", { token: author.token, params: { id }, body: {} });
    expect(noVersion.status).toBe(400);
    expect(noVersion.body!.error.details).toEqual([{ path: "version", message: "is required" }]);
    expect((await c.send("deleteComment", { token: editor.token, params: { id }, body: { version: 2 } })).status).toBe(204);
    expect((await c.send("deleteComment", { token: editor.token, params: { id }, body: { version: 3 } })).status).toBe(404);
    expect((await c.send("listClaimComments", { token: editor.token, params: { id: t.claim } })).body!.items).toEqual([]);
  });
});
