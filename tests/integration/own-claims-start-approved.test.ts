/** "My own claims start approved": an editor's per-account preference (issue 15). */
import { describe, expect, it } from "vitest";
import { getDb } from "@/data/db";
import { getReviewPreference, setReviewPreference } from "@/domain/users/review-preference";
import { POST as createClaim } from "../../app/api/v1/articles/[id]/claims/route";
import { call, tokenFor } from "../support/api";
import { makeStoryWithArticle } from "../support/factories";

const record = (token: string, articleId: string, body: Record<string, unknown> = {}) =>
  call(createClaim, `/api/v1/articles/${articleId}/claims`, {
    token,
    params: { id: articleId },
    body: { exact: "Beta might reopen it.", statement: "Reopen", sourcing: "speculative", ...body },
  });

describe("own claims start approved", () => {
  it("is off by default; when on, an editor's claim without a status starts approved, audited as an approval", async () => {
    const { article, story } = await makeStoryWithArticle();
    const editor = await tokenFor("editor");
    expect(await getReviewPreference(editor.actor)).toEqual({ ownClaimsStartApproved: false });
    expect((await record(editor.token, article.id)).body?.status).toBe("draft");

    expect(await setReviewPreference(editor.actor, { ownClaimsStartApproved: true })).toEqual({ ownClaimsStartApproved: true });
    expect(await getReviewPreference(editor.actor)).toEqual({ ownClaimsStartApproved: true });
    const approved = await record(editor.token, article.id);
    expect(approved.status).toBe(201);
    expect(approved.body?.status).toBe("approved");
    const db = await getDb();
    const audit = await db.auditEntry.findMany({ where: { entityId: approved.body!.id }, orderBy: { at: "asc" } });
    expect(audit.map((e) => e.action)).toEqual(["claim.create", "claim.approve"]);
    expect(audit[0]!.after).toMatchObject({ status: "approved" });
    expect(audit[1]).toMatchObject({ actorId: editor.user.id, storyId: story.id, after: { status: "approved" } });

    // An explicit status is still what the editor asked for.
    expect((await record(editor.token, article.id, { status: "draft" })).body?.status).toBe("draft");
    expect((await record(editor.token, article.id, { status: "needs_review" })).body?.status).toBe("needs_review");
    // The change of preference is in the audit trail too.
    expect(await db.auditEntry.count({ where: { entityId: editor.user.id, action: "user.preference" } })).toBe(1);
  });

  it("is the editors' own: others do not get it, nor does the stored value help an editor who became an analyst", async () => {
    const { article } = await makeStoryWithArticle();
    const analyst = await tokenFor("analyst");
    await expect(setReviewPreference(analyst.actor, { ownClaimsStartApproved: true })).rejects.toMatchObject({ code: "forbidden" });
    const db = await getDb();
    expect((await db.user.findUniqueOrThrow({ where: { id: analyst.user.id } })).ownClaimsStartApproved).toBe(false);
    // Set while an editor, then demoted: the preference no longer applies.
    await db.user.update({ where: { id: analyst.user.id }, data: { ownClaimsStartApproved: true } });
    expect(await getReviewPreference(analyst.actor)).toEqual({ ownClaimsStartApproved: false });
    const claim = await record(analyst.token, article.id);
    expect(claim.status).toBe(201);
    expect(claim.body?.status).toBe("draft");
  });

  it("refuses a value that is not true or false", async () => {
    const editor = await tokenFor("editor");
    await expect(setReviewPreference(editor.actor, { ownClaimsStartApproved: "yes" })).rejects.toMatchObject({
      code: "invalid_input",
      details: [{ path: "ownClaimsStartApproved", message: "must be true or false" }],
    });
  });
});
