import { describe, expect, it } from "vitest";
import { POST as createClaim } from "../../app/api/v1/articles/[id]/claims/route";
import { PATCH as patchClaim } from "../../app/api/v1/claims/[id]/route";
import { POST as reviewClaim } from "../../app/api/v1/claims/[id]/review/route";
import { GET as claimComments, POST as commentOnClaim } from "../../app/api/v1/claims/[id]/comments/route";
import { POST as commentOnProposition } from "../../app/api/v1/propositions/[id]/comments/route";
import { DELETE as deleteComment, PATCH as patchComment } from "../../app/api/v1/comments/[id]/route";
import { POST as createProposition } from "../../app/api/v1/stories/[id]/propositions/route";
import { POST as linkClaim } from "../../app/api/v1/propositions/[id]/links/route";
import { POST as reviewLink } from "../../app/api/v1/links/[id]/review/route";
import { GET as queue } from "../../app/api/v1/review-queue/route";
import { GET as activity } from "../../app/api/v1/stories/[id]/activity/route";
import { call, type Json, tokenFor } from "../support/api";
import { makeStoryWithArticle } from "../support/factories";

async function setup() {
  const analyst = await tokenFor("analyst");
  const editor = await tokenFor("editor");
  const { story, article } = await makeStoryWithArticle();
  const claim = (
    await call(createClaim, `/api/v1/articles/${article.id}/claims`, {
      token: analyst.token,
      params: { id: article.id },
      body: { exact: "Alpha said the bridge was closed.", statement: "The bridge was closed", sourcing: "attributed", source: "Alpha" },
    })
  ).body!;
  return { analyst, editor, story, article, claim };
}

const submit = (token: string, claim: Json) =>
  call(patchClaim, `/api/v1/claims/${claim.id}`, {
    token,
    method: "PATCH",
    params: { id: claim.id },
    body: { version: claim.version, status: "needs_review" },
  });

describe("editorial review", () => {
  it("takes an analyst's claim through needs_review to approved, listed in the queue meanwhile", async () => {
    const { analyst, editor, story, claim } = await setup();
    expect(claim.status).toBe("draft");
    // Analysts may not approve, not even their own work.
    const selfApprove = await call(patchClaim, `/api/v1/claims/${claim.id}`, {
      token: analyst.token,
      method: "PATCH",
      params: { id: claim.id },
      body: { version: 1, status: "approved" },
    });
    expect(selfApprove.status).toBe(403);
    const submitted = await submit(analyst.token, claim);
    expect(submitted.body).toMatchObject({ status: "needs_review", version: 2 });

    const waiting = await call(queue, `/api/v1/review-queue?story=${story.id}`, { token: editor.token });
    expect(waiting.status).toBe(200);
    expect(waiting.body!.items).toEqual([
      expect.objectContaining({ kind: "claim", id: claim.id, statement: "The bridge was closed", author: { id: analyst.user.id, name: analyst.user.name } }),
    ]);

    const byAnalyst = await call(reviewClaim, `/api/v1/claims/${claim.id}/review`, {
      token: analyst.token,
      params: { id: claim.id },
      body: { version: 2, decision: "approve" },
    });
    expect(byAnalyst.status).toBe(403);
    const approved = await call(reviewClaim, `/api/v1/claims/${claim.id}/review`, {
      token: editor.token,
      params: { id: claim.id },
      body: { version: 2, decision: "approve" },
    });
    expect(approved.body).toMatchObject({ status: "approved", version: 3 });
    expect((await call(queue, `/api/v1/review-queue?story=${story.id}`, { token: editor.token })).body!.items).toEqual([]);

    const again = await call(reviewClaim, `/api/v1/claims/${claim.id}/review`, {
      token: editor.token,
      params: { id: claim.id },
      body: { version: 3, decision: "approve" },
    });
    expect(again.status).toBe(409);

    // An analyst who changes approved content puts it back in the queue.
    const edited = await call(patchClaim, `/api/v1/claims/${claim.id}`, {
      token: analyst.token,
      method: "PATCH",
      params: { id: claim.id },
      body: { version: 3, statement: "The bridge closed" },
    });
    expect(edited.body).toMatchObject({ status: "needs_review", statement: "The bridge closed" });

    const log = await call(activity, `/api/v1/stories/${story.id}/activity?action=claim.approve`, { token: editor.token, params: { id: story.id } });
    expect(log.body!.items[0]).toMatchObject({ action: "claim.approve", before: { status: "needs_review" }, after: { status: "approved" } });
  });

  it("sends back with a required comment, shown beside the claim", async () => {
    const { analyst, editor, claim } = await setup();
    await submit(analyst.token, claim);
    const noComment = await call(reviewClaim, `/api/v1/claims/${claim.id}/review`, {
      token: editor.token,
      params: { id: claim.id },
      body: { version: 2, decision: "send_back" },
    });
    expect(noComment.status).toBe(400);
    expect(noComment.body!.error.details).toEqual([{ path: "comment", message: expect.stringMatching(/required/) }]);

    const sent = await call(reviewClaim, `/api/v1/claims/${claim.id}/review`, {
      token: editor.token,
      params: { id: claim.id },
      body: { version: 2, decision: "send_back", comment: "Alpha is not named in the text: who said it?" },
    });
    expect(sent.body).toMatchObject({ status: "draft", version: 3 });
    const thread = await call(claimComments, `/api/v1/claims/${claim.id}/comments`, { token: analyst.token, params: { id: claim.id } });
    expect(thread.body!.items).toEqual([
      expect.objectContaining({
        kind: "sent_back",
        body: "Alpha is not named in the text: who said it?",
        author: { id: editor.user.id, name: editor.user.name },
      }),
    ]);

    const stale = await call(reviewClaim, `/api/v1/claims/${claim.id}/review`, {
      token: editor.token,
      params: { id: claim.id },
      body: { version: 2, decision: "approve" },
    });
    expect(stale.status).toBe(409);
    expect(stale.body!.error.current).toMatchObject({ entity: "claim", id: claim.id, version: 3, updatedBy: editor.user.name });
    expect(stale.body!.error.message).toContain(`by ${editor.user.name}`);
  });

  it("reviews links the same way", async () => {
    const { analyst, editor, story, claim } = await setup();
    const p = (
      await call(createProposition, `/api/v1/stories/${story.id}/propositions`, {
        token: analyst.token,
        params: { id: story.id },
        body: { statement: "The bridge is closed" },
      })
    ).body!;
    const link = (
      await call(linkClaim, `/api/v1/propositions/${p.id}/links`, {
        token: analyst.token,
        params: { id: p.id },
        body: { claimId: claim.id, stance: "supports", status: "needs_review" },
      })
    ).body!;
    expect(link.status).toBe("needs_review");
    const items = (await call(queue, `/api/v1/review-queue?story=${story.id}&kind=link`, { token: editor.token })).body!.items;
    expect(items).toEqual([expect.objectContaining({ kind: "link", id: link.id, proposition: "The bridge is closed", stance: "supports" })]);
    const approved = await call(reviewLink, `/api/v1/links/${link.id}/review`, {
      token: editor.token,
      params: { id: link.id },
      body: { version: 1, decision: "approve" },
    });
    expect(approved.body).toMatchObject({ status: "approved" });
    const viewer = await tokenFor("viewer");
    expect(
      (
        await call(reviewLink, `/api/v1/links/${link.id}/review`, {
          token: viewer.token,
          params: { id: link.id },
          body: { version: 2, decision: "send_back", comment: "no" },
        })
      ).status,
    ).toBe(403);
  });

  it("lists the queue oldest first with filters and pagination", async () => {
    const { analyst, editor, story, article, claim } = await setup();
    const second = (
      await call(createClaim, `/api/v1/articles/${article.id}/claims`, {
        token: analyst.token,
        params: { id: article.id },
        body: { exact: "Beta might reopen it.", statement: "It may reopen", sourcing: "speculative", status: "needs_review" },
      })
    ).body!;
    await new Promise((r) => setTimeout(r, 5));
    await submit(analyst.token, claim);
    const page1 = await call(queue, `/api/v1/review-queue?story=${story.id}&limit=1`, { token: editor.token });
    expect(page1.body!.items.map((i: Json) => i.id)).toEqual([second.id]);
    const page2 = await call(queue, `/api/v1/review-queue?story=${story.id}&limit=1&cursor=${page1.body!.nextCursor}`, { token: editor.token });
    expect(page2.body!.items.map((i: Json) => i.id)).toEqual([claim.id]);
    expect(page2.body!.nextCursor).toBeNull();
    const speculative = await call(queue, `/api/v1/review-queue?story=${story.id}&sourcing=speculative`, { token: editor.token });
    expect(speculative.body!.items.map((i: Json) => i.id)).toEqual([second.id]);
    const bad = await call(queue, `/api/v1/review-queue?kind=verdict`, { token: editor.token });
    expect(bad.status).toBe(400);
    expect(bad.body!.error.details[0].path).toBe("kind");
  });
});

describe("comments", () => {
  it("lets analysts comment, authors edit their own, editors delete any; viewers only read", async () => {
    const { analyst, editor, story, claim } = await setup();
    const viewer = await tokenFor("viewer");
    const other = await tokenFor("analyst");
    const c = await call(commentOnClaim, `/api/v1/claims/${claim.id}/comments`, {
      token: analyst.token,
      params: { id: claim.id },
      body: { body: "Check the original Serbian quote." },
    });
    expect(c.status).toBe(201);
    expect(c.body).toMatchObject({ targetType: "claim", targetId: claim.id, kind: "comment", version: 1 });
    expect(
      (await call(commentOnClaim, `/api/v1/claims/${claim.id}/comments`, { token: viewer.token, params: { id: claim.id }, body: { body: "hi" } })).status,
    ).toBe(403);
    expect(
      (await call(commentOnClaim, `/api/v1/claims/${claim.id}/comments`, { token: analyst.token, params: { id: claim.id }, body: { body: "   " } })).status,
    ).toBe(400);
    expect((await call(commentOnClaim, `/api/v1/claims/nope/comments`, { token: analyst.token, params: { id: "nope" }, body: { body: "x" } })).status).toBe(
      404,
    );

    const id = c.body!.id as string;
    expect(
      (await call(patchComment, `/api/v1/comments/${id}`, { token: other.token, method: "PATCH", params: { id }, body: { version: 1, body: "mine now" } }))
        .status,
    ).toBe(403);
    const edited = await call(patchComment, `/api/v1/comments/${id}`, {
      token: analyst.token,
      method: "PATCH",
      params: { id },
      body: { version: 1, body: "Check the Serbian original." },
    });
    expect(edited.body).toMatchObject({ body: "Check the Serbian original.", version: 2 });
    expect(
      (await call(patchComment, `/api/v1/comments/${id}`, { token: analyst.token, method: "PATCH", params: { id }, body: { version: 1, body: "stale" } }))
        .status,
    ).toBe(409);
    expect((await call(deleteComment, `/api/v1/comments/${id}`, { token: editor.token, method: "DELETE", params: { id }, body: { version: 2 } })).status).toBe(
      204,
    );
    expect((await call(claimComments, `/api/v1/claims/${claim.id}/comments`, { token: viewer.token, params: { id: claim.id } })).body!.items).toEqual([]);

    const log = (await call(activity, `/api/v1/stories/${story.id}/activity?action=comment`, { token: viewer.token, params: { id: story.id } })).body!
      .items as Json[];
    expect(log.map((e) => e.action)).toEqual(["comment.delete", "comment.update", "comment.create"]);
    expect(log[1]).toMatchObject({ before: { body: "Check the original Serbian quote." }, after: { body: "Check the Serbian original." } });

    const p = (
      await call(createProposition, `/api/v1/stories/${story.id}/propositions`, {
        token: analyst.token,
        params: { id: story.id },
        body: { statement: "Closed" },
      })
    ).body!;
    const onP = await call(commentOnProposition, `/api/v1/propositions/${p.id}/comments`, {
      token: analyst.token,
      params: { id: p.id },
      body: { body: "Two outlets disagree" },
    });
    expect(onP.body).toMatchObject({ targetType: "proposition", targetId: p.id });
  });
});

describe("work made waiting for review by the factories (the demo seed)", () => {
  it("is in the queue", async () => {
    const { createClaim: claimRow } = await import("@/demo/factories");
    const editor = await tokenFor("editor");
    const { story, article } = await makeStoryWithArticle();
    const seeded = await claimRow({
      articleId: article.id,
      exact: "Beta might reopen it.",
      statement: "May reopen",
      sourcing: "speculative",
      status: "needs_review",
    });
    const items = (await call(queue, `/api/v1/review-queue?story=${story.id}`, { token: editor.token })).body!.items as Json[];
    expect(items.map((i) => i.id)).toEqual([seeded.id]);
  });
});
