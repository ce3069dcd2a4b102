/**
 * Every mutation, for every role, on work created by someone else (an editor) and, for
 * analysts, on their own work: the status each must get. Roles are enforced in the domain layer,
 * so this also holds for pages and server actions.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssignment as assignmentRow, createClaim as claimRow, createLink as linkRow, createProposition as propositionRow } from "@/demo/factories";
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
import { POST as restoreClaim } from "../../app/api/v1/claims/[id]/restore/route";
import { POST as restoreProposition } from "../../app/api/v1/propositions/[id]/restore/route";
import { POST as restoreLink } from "../../app/api/v1/links/[id]/restore/route";
import { POST as reviewClaim } from "../../app/api/v1/claims/[id]/review/route";
import { POST as reviewLink } from "../../app/api/v1/links/[id]/review/route";
import { POST as reviewInBulk } from "../../app/api/v1/review/bulk/route";
import { POST as commentOnClaim } from "../../app/api/v1/claims/[id]/comments/route";
import { POST as commentOnProposition } from "../../app/api/v1/propositions/[id]/comments/route";
import { POST as commentOnLink } from "../../app/api/v1/links/[id]/comments/route";
import { DELETE as deleteComment, PATCH as patchComment } from "../../app/api/v1/comments/[id]/route";
import { POST as createUser } from "../../app/api/v1/users/route";
import { PATCH as patchUser } from "../../app/api/v1/users/[id]/route";
import { PUT as setPassword } from "../../app/api/v1/users/[id]/password/route";
import { POST as importStory } from "../../app/api/v1/stories/import/route";
import { POST as importClaims } from "../../app/api/v1/articles/[id]/claims/import/route";
import { POST as refetchArticle } from "../../app/api/v1/articles/[id]/refetch/route";
import { GET as exportStory } from "../../app/api/v1/stories/[id]/export/route";
import { POST as acceptDraft } from "../../app/api/v1/stories/[id]/draft/accept/route";
import { POST as rejectDraft } from "../../app/api/v1/stories/[id]/draft/reject/route";
import { POST as createAssignment } from "../../app/api/v1/assignments/route";
import { PATCH as patchAssignment } from "../../app/api/v1/assignments/[id]/route";
import { POST as adjudicate } from "../../app/api/v1/articles/[id]/adjudications/route";
import { POST as closeRound } from "../../app/api/v1/articles/[id]/rounds/close/route";
import { getDb } from "@/data/db";
import { call, tokenFor } from "../support/api";
import { makeStoryWithArticle } from "../support/factories";
import { newsPage } from "../support/news-pages";
import { allowOnly, type PageServer, startPageServer } from "../support/page-server";

// Import by URL and re-fetch read pages from the tests' own server only (FETCH_ALLOW_HOSTS).
let pages: PageServer;
let restoreAllowHosts: () => void;
beforeAll(async () => {
  pages = await startPageServer();
  restoreAllowHosts = allowOnly(pages);
  pages.routes.set("/article", { type: "text/html", body: newsPage({ title: "Bridge closed", paragraphs: ["Alpha said the bridge was closed."] }) });
});
afterAll(async () => {
  restoreAllowHosts();
  await pages.close();
});

type Fixture = Awaited<ReturnType<typeof fixture>>;

/** Content created by an editor (so it is "someone else's" for the role under test). */
async function fixture() {
  const base = await makeStoryWithArticle("Alpha said the bridge was closed. Beta might reopen it. Gamma agreed.");
  const by = base.user.id;
  const claim = await claimRow({
    articleId: base.article.id,
    exact: "Alpha said the bridge was closed.",
    statement: "Closed",
    sourcing: "attributed",
    createdById: by,
  });
  const spare = await claimRow({ articleId: base.article.id, exact: "Gamma agreed.", statement: "Agreed", sourcing: "confirmed", createdById: by });
  const proposition = await propositionRow({ storyId: base.story.id, statement: "The bridge closed", createdById: by });
  const link = await linkRow({ storyId: base.story.id, claimId: claim.id, propositionId: proposition.id, stance: "supports", createdById: by });
  const db = await getDb();
  // Waiting for review, and deleted (restorable) work, all someone else's.
  await db.claim.update({ where: { id: claim.id }, data: { status: "needs_review", reviewRequestedAt: new Date(), version: 1 } });
  await db.claimLink.update({ where: { id: link.id }, data: { status: "needs_review", reviewRequestedAt: new Date() } });
  const gone = await claimRow({ articleId: base.article.id, exact: "Beta might reopen it.", statement: "Gone", sourcing: "speculative", createdById: by });
  await db.claim.update({ where: { id: gone.id }, data: { deletedAt: new Date(), version: 2 } });
  const goneProposition = await propositionRow({ storyId: base.story.id, statement: "Gone too", createdById: by });
  await db.proposition.update({ where: { id: goneProposition.id }, data: { deletedAt: new Date(), version: 2 } });
  const goneLink = await linkRow({ storyId: base.story.id, claimId: spare.id, propositionId: goneProposition.id, stance: "contradicts", createdById: by });
  await db.claimLink.update({ where: { id: goneLink.id }, data: { deletedAt: new Date(), version: 2 } });
  const comment = await db.comment.create({ data: { storyId: base.story.id, claimId: claim.id, body: "Check this", authorId: by } });
  const account = await db.user.create({
    data: {
      id: `matrix-${Math.random().toString(36).slice(2)}`,
      email: `matrix-${Math.random().toString(36).slice(2)}@test.local`,
      name: "Matrix account",
      role: "viewer",
    },
  });
  const assignment = await assignmentRow({ storyId: base.story.id, articleId: base.article.id, userId: by, mode: "independent", assignedById: by });
  // Recorded in the round (after the assignment): a unit to adjudicate.
  const roundClaim = await claimRow({ articleId: base.article.id, exact: "Gamma", statement: "Gamma in the round", sourcing: "confirmed", createdById: by });
  return {
    ...base,
    claim,
    spare,
    proposition,
    link,
    gone,
    goneProposition,
    goneLink,
    comment,
    account,
    assignment,
    roundClaim,
    exported: await exportOnce(base.story.id),
  };
}

let exported: unknown;
/** One JSON export to import (its content does not matter to the permission check). */
async function exportOnce(storyId: string) {
  if (!exported) {
    const { token } = await tokenFor("editor");
    const res = await exportStory(
      new Request(`http://localhost/api/v1/stories/${storyId}/export?format=json`, { headers: { authorization: `Bearer ${token}` } }),
      { params: Promise.resolve({ id: storyId }) },
    );
    exported = await res.json();
  }
  return exported;
}

type Mutation = [name: string, run: (token: string, f: Fixture) => Promise<number>, allowed: Role[]];

const s = async (p: Promise<{ status: number }>) => (await p).status;
const everyoneButViewers: Role[] = ["analyst", "editor", "admin"];
const editorsOnly: Role[] = ["editor", "admin"];

const mutations: Mutation[] = [
  ["create a story", (t) => s(call(createStory, "/api/v1/stories", { token: t, body: { title: "New" } })), everyoneButViewers],
  [
    "rename someone else's story",
    (t, f) => s(call(patchStory, "/", { token: t, method: "PATCH", params: { id: f.story.id }, body: { version: 1, title: "Renamed" } })),
    editorsOnly,
  ],
  ["add an article", (t, f) => s(call(createArticle, "/", { token: t, params: { id: f.story.id }, body: { title: "A", text: "Text." } })), everyoneButViewers],
  [
    "add an article by URL",
    (t, f) => s(call(createArticle, "/", { token: t, params: { id: f.story.id }, body: { url: `${pages.origin}/article` } })),
    everyoneButViewers,
  ],
  [
    "re-fetch someone else's article from its page",
    async (t, f) => {
      await (await getDb()).article.update({ where: { id: f.article.id }, data: { fetchUrl: `${pages.origin}/article` } });
      return s(call(refetchArticle, "/", { token: t, method: "POST", params: { id: f.article.id } }));
    },
    everyoneButViewers,
  ],
  [
    "edit someone else's article details",
    (t, f) => s(call(patchArticle, "/", { token: t, method: "PATCH", params: { id: f.article.id }, body: { version: 1, author: "X" } })),
    editorsOnly,
  ],
  [
    "revise someone else's article text",
    (t, f) => s(call(reviseText, "/", { token: t, method: "PUT", params: { id: f.article.id }, body: { version: 1, text: "New text." } })),
    editorsOnly,
  ],
  [
    "record a claim",
    (t, f) =>
      s(
        call(createClaim, "/", {
          token: t,
          params: { id: f.article.id },
          body: { exact: "Beta might reopen it.", statement: "Reopen", sourcing: "speculative" },
        }),
      ),
    everyoneButViewers,
  ],
  [
    "record an approved claim",
    (t, f) =>
      s(
        call(createClaim, "/", {
          token: t,
          params: { id: f.article.id },
          body: { exact: "Beta might reopen it.", statement: "Reopen", sourcing: "speculative", status: "approved" },
        }),
      ),
    editorsOnly,
  ],
  [
    "edit someone else's claim",
    (t, f) => s(call(patchClaim, "/", { token: t, method: "PATCH", params: { id: f.claim.id }, body: { version: 1, statement: "Edited" } })),
    editorsOnly,
  ],
  [
    "delete someone else's claim",
    (t, f) => s(call(deleteClaim, "/", { token: t, method: "DELETE", params: { id: f.spare.id }, body: { version: 1 } })),
    editorsOnly,
  ],
  ["create a proposition", (t, f) => s(call(createProposition, "/", { token: t, params: { id: f.story.id }, body: { statement: "P" } })), everyoneButViewers],
  [
    "give a verdict",
    (t, f) => s(call(createProposition, "/", { token: t, params: { id: f.story.id }, body: { statement: "P", verdict: "false" } })),
    editorsOnly,
  ],
  [
    "edit someone else's proposition",
    (t, f) => s(call(patchProposition, "/", { token: t, method: "PATCH", params: { id: f.proposition.id }, body: { version: 1, statement: "Edited" } })),
    editorsOnly,
  ],
  [
    "link a claim",
    (t, f) => s(call(linkClaim, "/", { token: t, params: { id: f.proposition.id }, body: { claimId: f.spare.id, stance: "supports" } })),
    everyoneButViewers,
  ],
  [
    "change someone else's link",
    (t, f) => s(call(patchLink, "/", { token: t, method: "PATCH", params: { id: f.link.id }, body: { version: 1, stance: "contradicts" } })),
    editorsOnly,
  ],
  ["unlink someone else's link", (t, f) => s(call(unlink, "/", { token: t, method: "DELETE", params: { id: f.link.id }, body: { version: 1 } })), editorsOnly],
  [
    "delete someone else's proposition",
    (t, f) => s(call(deleteProposition, "/", { token: t, method: "DELETE", params: { id: f.proposition.id }, body: { version: 1 } })),
    editorsOnly,
  ],
  ["restore someone else's claim", (t, f) => s(call(restoreClaim, "/", { token: t, params: { id: f.gone.id }, body: { version: 2 } })), editorsOnly],
  [
    "restore someone else's proposition",
    (t, f) => s(call(restoreProposition, "/", { token: t, params: { id: f.goneProposition.id }, body: { version: 2 } })),
    editorsOnly,
  ],
  ["restore someone else's link", (t, f) => s(call(restoreLink, "/", { token: t, params: { id: f.goneLink.id }, body: { version: 2 } })), editorsOnly],
  ["approve a claim", (t, f) => s(call(reviewClaim, "/", { token: t, params: { id: f.claim.id }, body: { version: 1, decision: "approve" } })), editorsOnly],
  [
    "send a claim back",
    (t, f) => s(call(reviewClaim, "/", { token: t, params: { id: f.claim.id }, body: { version: 1, decision: "send_back", comment: "Source?" } })),
    editorsOnly,
  ],
  ["approve a link", (t, f) => s(call(reviewLink, "/", { token: t, params: { id: f.link.id }, body: { version: 1, decision: "approve" } })), editorsOnly],
  [
    "send a link back",
    (t, f) => s(call(reviewLink, "/", { token: t, params: { id: f.link.id }, body: { version: 1, decision: "send_back", comment: "Stance?" } })),
    editorsOnly,
  ],
  [
    "approve in bulk",
    (t, f) =>
      s(
        call(reviewInBulk, "/", {
          token: t,
          body: {
            items: [
              { kind: "claim", id: f.claim.id, version: 1 },
              { kind: "link", id: f.link.id, version: 1 },
            ],
            decision: "approve",
          },
        }),
      ),
    editorsOnly,
  ],
  [
    "send back in bulk",
    (t, f) =>
      s(
        call(reviewInBulk, "/", {
          token: t,
          body: {
            items: [
              { kind: "claim", id: f.claim.id, version: 1 },
              { kind: "link", id: f.link.id, version: 1 },
            ],
            decision: "send_back",
            comment: "Sources?",
          },
        }),
      ),
    editorsOnly,
  ],
  ["comment on a claim", (t, f) => s(call(commentOnClaim, "/", { token: t, params: { id: f.claim.id }, body: { body: "Hm" } })), everyoneButViewers],
  [
    "comment on a proposition",
    (t, f) => s(call(commentOnProposition, "/", { token: t, params: { id: f.proposition.id }, body: { body: "Hm" } })),
    everyoneButViewers,
  ],
  ["comment on a link", (t, f) => s(call(commentOnLink, "/", { token: t, params: { id: f.link.id }, body: { body: "Hm" } })), everyoneButViewers],
  [
    "edit someone else's comment",
    (t, f) => s(call(patchComment, "/", { token: t, method: "PATCH", params: { id: f.comment.id }, body: { version: 1, body: "Edited" } })),
    editorsOnly,
  ],
  [
    "delete someone else's comment",
    (t, f) => s(call(deleteComment, "/", { token: t, method: "DELETE", params: { id: f.comment.id }, body: { version: 1 } })),
    editorsOnly,
  ],
  [
    "give out work",
    (t, f) => s(call(createAssignment, "/", { token: t, body: { articleId: f.article.id, userId: f.user.id, mode: "independent", note: "Sources" } })),
    editorsOnly,
  ],
  [
    "change someone else's assignment",
    (t, f) => s(call(patchAssignment, "/", { token: t, method: "PATCH", params: { id: f.assignment.id }, body: { version: 1, note: "Later" } })),
    editorsOnly,
  ],
  [
    "submit someone else's assignment",
    (t, f) => s(call(patchAssignment, "/", { token: t, method: "PATCH", params: { id: f.assignment.id }, body: { version: 1, status: "submitted" } })),
    editorsOnly,
  ],
  [
    "adjudicate a unit",
    (t, f) =>
      s(
        call(adjudicate, "/", {
          token: t,
          params: { id: f.article.id },
          body: { unitId: `${f.roundClaim.start}-${f.roundClaim.end}`, claimId: f.roundClaim.id, statement: "Of record" },
        }),
      ),
    editorsOnly,
  ],
  ["close a round", (t, f) => s(call(closeRound, "/", { token: t, params: { id: f.article.id } })), editorsOnly],
  ["import a story (nothing approved in it)", (t, f) => s(call(importStory, "/", { token: t, body: f.exported })), everyoneButViewers],
  [
    "import claims from CSV",
    (t, f) =>
      s(
        call(importClaims, "/", {
          token: t,
          params: { id: f.article.id },
          body: { csv: "quote,statement,sourcing\nGamma agreed.,Gamma agrees,attributed\n", mode: "all" },
        }),
      ),
    everyoneButViewers,
  ],
  [
    "accept a drafted proposition",
    (t, f) =>
      s(
        call(acceptDraft, "/", {
          token: t,
          params: { id: f.story.id },
          body: { key: "0123456789abcdef", statement: "Gamma agrees", claims: [{ claimId: f.spare.id, stance: "supports" }] },
        }),
      ),
    everyoneButViewers,
  ],
  [
    "reject a drafted proposition",
    (t, f) => s(call(rejectDraft, "/", { token: t, params: { id: f.story.id }, body: { key: "0123456789abcdef" } })),
    everyoneButViewers,
  ],
  [
    "create an account",
    (t) =>
      s(
        call(createUser, "/", {
          token: t,
          body: { name: "N", email: `n-${Math.random().toString(36).slice(2)}@test.local`, role: "viewer", password: "long enough" },
        }),
      ),
    ["admin"],
  ],
  [
    "re-role an account",
    (t, f) => s(call(patchUser, "/", { token: t, method: "PATCH", params: { id: f.account.id }, body: { version: 1, role: "analyst" } })),
    ["admin"],
  ],
  [
    "disable an account",
    (t, f) => s(call(patchUser, "/", { token: t, method: "PATCH", params: { id: f.account.id }, body: { version: 1, disabled: true } })),
    ["admin"],
  ],
  [
    "set an account's password",
    (t, f) => s(call(setPassword, "/", { token: t, method: "PUT", params: { id: f.account.id }, body: { password: "long enough" } })),
    ["admin"],
  ],
];

const roles: Role[] = ["viewer", "analyst", "editor", "admin"];

describe("role matrix", () => {
  it.each(roles)("%s", { timeout: 180_000 }, async (role) => {
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
    expect(
      await s(call(patchClaim, "/", { token, method: "PATCH", params: { id: own.id }, body: { version: 1, statement: "Still mine", status: "needs_review" } })),
    ).toBe(200);
    expect(await s(call(patchClaim, "/", { token, method: "PATCH", params: { id: own.id }, body: { version: 2, status: "approved" } }))).toBe(403);
    expect(await s(call(deleteClaim, "/", { token, method: "DELETE", params: { id: own.id }, body: { version: 2 } }))).toBe(204);
  });

  it("analysts submit their own assignment, but do not change its due date or note", async () => {
    const { token, user } = await tokenFor("analyst");
    const f = await fixture();
    const own = await assignmentRow({ storyId: f.story.id, articleId: f.article.id, userId: user.id, mode: "independent", assignedById: f.user.id });
    expect(await s(call(patchAssignment, "/", { token, method: "PATCH", params: { id: own.id }, body: { version: 1, due: "2027-01-01" } }))).toBe(403);
    expect(await s(call(patchAssignment, "/", { token, method: "PATCH", params: { id: own.id }, body: { version: 1, status: "submitted" } }))).toBe(200);
  });

  // Issue 14, finding 7: an approved claim's status is the editors'.
  it("analysts cannot take their own approved claim out of approval, delete it, or restore it as approved", async () => {
    const { token, user } = await tokenFor("analyst");
    const f = await fixture();
    const db = await getDb();
    const own = await claimRow({ articleId: f.article.id, exact: "Beta might reopen it.", statement: "Mine", sourcing: "speculative", createdById: user.id });
    await db.claim.update({ where: { id: own.id }, data: { status: "approved", version: 3 } });
    for (const status of ["needs_review", "draft"]) {
      const res = await call(patchClaim, "/", { token, method: "PATCH", params: { id: own.id }, body: { version: 3, status } });
      expect(res.status).toBe(403);
      expect(res.body?.error).toMatchObject({ code: "forbidden", requestId: expect.any(String) });
    }
    const del = await call(deleteClaim, "/", { token, method: "DELETE", params: { id: own.id }, body: { version: 3 } });
    expect(del.status).toBe(403);
    expect(del.body?.error.code).toBe("forbidden");
    expect((await db.claim.findUniqueOrThrow({ where: { id: own.id } })).status).toBe("approved");
    // Substantive edits still send it back to review, as before.
    const edited = await call(patchClaim, "/", { token, method: "PATCH", params: { id: own.id }, body: { version: 3, statement: "Mine, reworded" } });
    expect(edited.body?.status).toBe("needs_review");
    // Deleted while approved (by an editor, or before this rule): the analyst's restore does not bring the approval back.
    await db.claim.update({ where: { id: own.id }, data: { status: "approved", deletedAt: new Date(), version: 10 } });
    const restored = await call(restoreClaim, "/", { token, params: { id: own.id }, body: { version: 10 } });
    expect(restored.status).toBe(200);
    expect(restored.body?.status).toBe("needs_review");
    // An editor's restore keeps it.
    const editor = await tokenFor("editor");
    await db.claim.update({ where: { id: own.id }, data: { status: "approved", deletedAt: new Date(), version: 20 } });
    const byEditor = await call(restoreClaim, "/", { token: editor.token, params: { id: own.id }, body: { version: 20 } });
    expect(byEditor.body?.status).toBe("approved");
  });

  it("analysts cannot delete their own approved link, and restore it only into review", async () => {
    const { token, user } = await tokenFor("analyst");
    const f = await fixture();
    const db = await getDb();
    const own = await linkRow({ storyId: f.story.id, claimId: f.spare.id, propositionId: f.proposition.id, stance: "supports", createdById: user.id });
    await db.claimLink.update({ where: { id: own.id }, data: { status: "approved", version: 3 } });
    expect(await s(call(patchLink, "/", { token, method: "PATCH", params: { id: own.id }, body: { version: 3, status: "needs_review" } }))).toBe(403);
    expect(await s(call(unlink, "/", { token, method: "DELETE", params: { id: own.id }, body: { version: 3 } }))).toBe(403);
    await db.claimLink.update({ where: { id: own.id }, data: { deletedAt: new Date(), version: 4 } });
    const restored = await call(restoreLink, "/", { token, params: { id: own.id }, body: { version: 4 } });
    expect(restored.body?.status).toBe("needs_review");
  });

  // Issue 14, finding 6: the ClaimReview export publishes a verdicted proposition's statement under the editor's name.
  it("analysts cannot reword their own proposition once an editor gave it a verdict", async () => {
    const { token, user } = await tokenFor("analyst");
    const f = await fixture();
    const db = await getDb();
    const own = await propositionRow({ storyId: f.story.id, statement: "The bridge is closed", createdById: user.id });
    expect(await s(call(patchProposition, "/", { token, method: "PATCH", params: { id: own.id }, body: { version: 1, statement: "Still mine" } }))).toBe(200);
    await db.proposition.update({ where: { id: own.id }, data: { verdict: "false", rationale: "Open since May", version: 5 } });
    const res = await call(patchProposition, "/", { token, method: "PATCH", params: { id: own.id }, body: { version: 5, statement: "The bridge is open" } });
    expect(res.status).toBe(403);
    expect(res.body?.error).toMatchObject({ code: "forbidden", requestId: expect.any(String) });
    expect((await db.proposition.findUniqueOrThrow({ where: { id: own.id } })).statement).toBe("Still mine");
    // The same statement again is no change; an editor may reword it.
    expect(await s(call(patchProposition, "/", { token, method: "PATCH", params: { id: own.id }, body: { version: 5, statement: "Still mine" } }))).toBe(200);
    const editor = await tokenFor("editor");
    expect(
      await s(
        call(patchProposition, "/", { token: editor.token, method: "PATCH", params: { id: own.id }, body: { version: 6, statement: "The bridge is open" } }),
      ),
    ).toBe(200);
  });
});
