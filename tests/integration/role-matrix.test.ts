/**
 * Every mutation so far, for every role, on work created by someone else (an editor) and, for
 * analysts, on their own work: the status each must get. Roles are enforced in the domain layer,
 * so this also holds for pages and server actions.
 */
import { describe, expect, it } from "vitest";
import { createClaim as claimRow, createLink as linkRow, createProposition as propositionRow } from "@/data/factories";
import type { Role } from "@/domain/vocabulary";
import { POST as createStory } from "../../app/api/v1/stories/route";
import { PATCH as patchStory } from "../../app/api/v1/stories/[id]/route";
import { POST as createArticle } from "../../app/api/v1/stories/[id]/articles/route";
import { PATCH as patchArticle } from "../../app/api/v1/articles/[id]/route";
import { PUT as reviseText } from "../../app/api/v1/articles/[id]/text/route";
import { POST as createClaim } from "../../app/api/v1/articles/[id]/claims/route";
import { DELETE as deleteClaim, PATCH as patchClaim } from "../../app/api/v1/claims/[id]/route";
import { POST as createProposition } from "../../app/api/v1/stories/[id]/propositions/route";
import { DELETE as deleteProposition, PATCH as patchProposition } from "../../app/api/v1/propositions/[id]/route";
import { POST as linkClaim } from "../../app/api/v1/propositions/[id]/links/route";
import { DELETE as unlink, PATCH as patchLink } from "../../app/api/v1/links/[id]/route";
import { call, tokenFor } from "../support/api";
import { makeStoryWithArticle } from "../support/factories";

type Fixture = Awaited<ReturnType<typeof fixture>>;

/** Content created by an editor (so it is "someone else's" for the role under test). */
async function fixture() {
  const base = await makeStoryWithArticle("Alpha said the bridge was closed. Beta might reopen it. Gamma agreed.");
  const by = base.user.id;
  const claim = await claimRow({ articleId: base.article.id, exact: "Alpha said the bridge was closed.", statement: "Closed", sourcing: "attributed", createdById: by });
  const spare = await claimRow({ articleId: base.article.id, exact: "Gamma agreed.", statement: "Agreed", sourcing: "confirmed", createdById: by });
  const proposition = await propositionRow({ storyId: base.story.id, statement: "The bridge closed", createdById: by });
  const link = await linkRow({ storyId: base.story.id, claimId: claim.id, propositionId: proposition.id, stance: "supports", createdById: by });
  return { ...base, claim, spare, proposition, link };
}

type Mutation = [name: string, run: (token: string, f: Fixture) => Promise<number>, allowed: Role[]];

const s = async (p: Promise<{ status: number }>) => (await p).status;
const everyoneButViewers: Role[] = ["analyst", "editor", "admin"];
const editorsOnly: Role[] = ["editor", "admin"];

const mutations: Mutation[] = [
  ["create a story", (t) => s(call(createStory, "/api/v1/stories", { token: t, body: { title: "New" } })), everyoneButViewers],
  ["rename someone else's story", (t, f) => s(call(patchStory, "/", { token: t, method: "PATCH", params: { id: f.story.id }, body: { version: 1, title: "Renamed" } })), editorsOnly],
  ["add an article", (t, f) => s(call(createArticle, "/", { token: t, params: { id: f.story.id }, body: { title: "A", text: "Text." } })), everyoneButViewers],
  ["edit someone else's article details", (t, f) => s(call(patchArticle, "/", { token: t, method: "PATCH", params: { id: f.article.id }, body: { version: 1, author: "X" } })), editorsOnly],
  ["revise someone else's article text", (t, f) => s(call(reviseText, "/", { token: t, method: "PUT", params: { id: f.article.id }, body: { version: 1, text: "New text." } })), editorsOnly],
  ["record a claim", (t, f) => s(call(createClaim, "/", { token: t, params: { id: f.article.id }, body: { exact: "Beta might reopen it.", statement: "Reopen", sourcing: "speculative" } })), everyoneButViewers],
  ["record an approved claim", (t, f) => s(call(createClaim, "/", { token: t, params: { id: f.article.id }, body: { exact: "Beta might reopen it.", statement: "Reopen", sourcing: "speculative", status: "approved" } })), editorsOnly],
  ["edit someone else's claim", (t, f) => s(call(patchClaim, "/", { token: t, method: "PATCH", params: { id: f.claim.id }, body: { version: 1, statement: "Edited" } })), editorsOnly],
  ["delete someone else's claim", (t, f) => s(call(deleteClaim, "/", { token: t, method: "DELETE", params: { id: f.spare.id }, body: { version: 1 } })), editorsOnly],
  ["create a proposition", (t, f) => s(call(createProposition, "/", { token: t, params: { id: f.story.id }, body: { statement: "P" } })), everyoneButViewers],
  ["give a verdict", (t, f) => s(call(createProposition, "/", { token: t, params: { id: f.story.id }, body: { statement: "P", verdict: "false" } })), editorsOnly],
  ["edit someone else's proposition", (t, f) => s(call(patchProposition, "/", { token: t, method: "PATCH", params: { id: f.proposition.id }, body: { version: 1, statement: "Edited" } })), editorsOnly],
  ["link a claim", (t, f) => s(call(linkClaim, "/", { token: t, params: { id: f.proposition.id }, body: { claimId: f.spare.id, stance: "supports" } })), everyoneButViewers],
  ["change someone else's link", (t, f) => s(call(patchLink, "/", { token: t, method: "PATCH", params: { id: f.link.id }, body: { version: 1, stance: "contradicts" } })), editorsOnly],
  ["unlink someone else's link", (t, f) => s(call(unlink, "/", { token: t, method: "DELETE", params: { id: f.link.id }, body: { version: 1 } })), editorsOnly],
  ["delete someone else's proposition", (t, f) => s(call(deleteProposition, "/", { token: t, method: "DELETE", params: { id: f.proposition.id }, body: { version: 1 } })), editorsOnly],
];

const roles: Role[] = ["viewer", "analyst", "editor", "admin"];

describe("role matrix", () => {
  it.each(roles)("%s", async (role) => {
    const { token } = await tokenFor(role);
    const outcomes: string[] = [];
    for (const [name, run, allowed] of mutations) {
      const status = await run(token, await fixture());
      const ok = status >= 200 && status < 300;
      if (ok !== allowed.includes(role) || (!ok && status !== 403)) outcomes.push(`${name}: got ${status}`);
    }
    expect(outcomes).toEqual([]);
  });

  it("analysts change and delete their own work", async () => {
    const { token, user } = await tokenFor("analyst");
    const f = await fixture();
    const own = await claimRow({ articleId: f.article.id, exact: "Beta might reopen it.", statement: "Mine", sourcing: "speculative", createdById: user.id });
    expect(await s(call(patchClaim, "/", { token, method: "PATCH", params: { id: own.id }, body: { version: 1, statement: "Still mine", status: "needs_review" } }))).toBe(200);
    expect(await s(call(patchClaim, "/", { token, method: "PATCH", params: { id: own.id }, body: { version: 2, status: "approved" } }))).toBe(403);
    expect(await s(call(deleteClaim, "/", { token, method: "DELETE", params: { id: own.id }, body: { version: 2 } }))).toBe(204);
  });
});
