/**
 * A claim that followed reworded text is flagged for a look (issue 15): an approved one goes back
 * to needs_review, any other keeps its status; the mark shows in the claim and the review queue
 * until a review decision or a re-selection clears it.
 */
import { describe, expect, it } from "vitest";
import { createClaim } from "@/demo/factories";
import { getDb } from "@/data/db";
import { PUT as reviseText } from "../../app/api/v1/articles/[id]/text/route";
import { GET as getClaim, PATCH as patchClaim } from "../../app/api/v1/claims/[id]/route";
import { POST as reviewClaim } from "../../app/api/v1/claims/[id]/review/route";
import { GET as queue } from "../../app/api/v1/review-queue/route";
import { call, tokenFor } from "../support/api";
import { makeStoryWithArticle } from "../support/factories";

const OLD = "The minister said the bridge would be closd until Monday. Residents were not consulted. The mayor disagreed.";
const NEW = "The minister said the bridge would be closed until Monday. Residents were not consulted. The mayor disagreed.";

async function revised() {
  const { story, article } = await makeStoryWithArticle(OLD);
  const editor = await tokenFor("editor");
  const approved = await createClaim({
    articleId: article.id,
    exact: "the bridge would be closd until Monday",
    statement: "Closed till Monday",
    sourcing: "attributed",
    status: "approved",
  });
  const draft = await createClaim({
    articleId: article.id,
    exact: "The minister said the bridge would be closd",
    statement: "Minister says closed",
    sourcing: "attributed",
    status: "draft",
  });
  const untouched = await createClaim({
    articleId: article.id,
    exact: "Residents were not consulted.",
    statement: "No consultation",
    sourcing: "confirmed",
    status: "approved",
  });
  const res = await call(reviseText, `/api/v1/articles/${article.id}/text`, {
    token: editor.token,
    method: "PUT",
    params: { id: article.id },
    body: { version: 1, text: NEW },
  });
  return { story, article, editor, approved, draft, untouched, res };
}

const read = async (token: string, id: string) => (await call(getClaim, `/api/v1/claims/${id}`, { token, params: { id } })).body!;

describe("re-anchored onto reworded text", () => {
  it("sends an approved claim back to review, keeps a draft's status, marks both, and leaves unchanged words alone", async () => {
    const f = await revised();
    expect(f.res.status).toBe(200);
    expect(f.res.body!.claims).toMatchObject({ reworded: 2, orphaned: 0 });
    expect([...f.res.body!.claims.rewordedIds].sort()).toEqual([f.approved.id, f.draft.id].sort());

    const approved = await read(f.editor.token, f.approved.id);
    expect(approved).toMatchObject({
      status: "needs_review",
      selector: { exact: "the bridge would be closed until Monday" },
      wordsChangedAt: expect.any(String),
    });
    const draft = await read(f.editor.token, f.draft.id);
    expect(draft).toMatchObject({ status: "draft", selector: { exact: "The minister said the bridge would be closed" }, wordsChangedAt: expect.any(String) });
    expect(await read(f.editor.token, f.untouched.id)).toMatchObject({ status: "approved", wordsChangedAt: null });

    const db = await getDb();
    const row = await db.claim.findUniqueOrThrow({ where: { id: f.approved.id } });
    expect(row.reviewRequestedAt).not.toBeNull();
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entityId: f.approved.id, action: "claim.reanchor" } });
    expect(entry.before).toMatchObject({ status: "approved", wordsChanged: false, exact: "the bridge would be closd until Monday" });
    expect(entry.after).toMatchObject({ status: "needs_review", wordsChanged: true, method: "fuzzy", exact: "the bridge would be closed until Monday" });

    // In the review queue, marked.
    const waiting = await call(queue, `/api/v1/review-queue?story=${f.story.id}`, { token: f.editor.token });
    expect(waiting.body!.items).toEqual([expect.objectContaining({ id: f.approved.id, wordsChanged: true })]);
  });

  it("is cleared by a review decision, or by re-selecting the words", async () => {
    const f = await revised();
    const approved = await read(f.editor.token, f.approved.id);
    const decided = await call(reviewClaim, `/api/v1/claims/${f.approved.id}/review`, {
      token: f.editor.token,
      params: { id: f.approved.id },
      body: { version: approved.version, decision: "approve" },
    });
    expect(decided.body).toMatchObject({ status: "approved", wordsChangedAt: null });
    const draft = await read(f.editor.token, f.draft.id);
    // Editing the statement alone is not a look at the words.
    const edited = await call(patchClaim, `/api/v1/claims/${f.draft.id}`, {
      token: f.editor.token,
      method: "PATCH",
      params: { id: f.draft.id },
      body: { version: draft.version, statement: "The minister says closed" },
    });
    expect(edited.body!.wordsChangedAt).toEqual(expect.any(String));
    const reselected = await call(patchClaim, `/api/v1/claims/${f.draft.id}`, {
      token: f.editor.token,
      method: "PATCH",
      params: { id: f.draft.id },
      body: { version: edited.body!.version, exact: "The minister said the bridge would be closed until Monday." },
    });
    expect(reselected.body).toMatchObject({ status: "draft", wordsChangedAt: null });
  });
});
