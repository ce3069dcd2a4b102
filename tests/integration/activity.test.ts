import { describe, expect, it } from "vitest";
import { createClaim as createClaimRow } from "@/demo/factories";
import { GET as activity } from "../../app/api/v1/stories/[id]/activity/route";
import { DELETE as deleteClaim, PATCH as patchClaim } from "../../app/api/v1/claims/[id]/route";
import { POST as restoreClaim } from "../../app/api/v1/claims/[id]/restore/route";
import { POST as createProposition } from "../../app/api/v1/stories/[id]/propositions/route";
import { DELETE as deleteProposition } from "../../app/api/v1/propositions/[id]/route";
import { POST as restoreProposition } from "../../app/api/v1/propositions/[id]/restore/route";
import { POST as linkClaim } from "../../app/api/v1/propositions/[id]/links/route";
import { DELETE as unlink } from "../../app/api/v1/links/[id]/route";
import { POST as restoreLink } from "../../app/api/v1/links/[id]/restore/route";
import { call, type Json, tokenFor } from "../support/api";
import { makeStoryWithArticle } from "../support/factories";

describe("GET /api/v1/stories/:id/activity", () => {
  it("records who changed what with before and after, filters, and offers restore", async () => {
    const { token, user } = await tokenFor("editor");
    const { story, article } = await makeStoryWithArticle();
    const claim = await createClaimRow({ articleId: article.id, exact: "Alpha said the bridge was closed.", statement: "Closed", sourcing: "attributed" });
    await call(patchClaim, `/api/v1/claims/${claim.id}`, {
      token,
      method: "PATCH",
      params: { id: claim.id },
      body: { version: 1, statement: "The bridge was closed", sourcing: "confirmed" },
    });
    await call(deleteClaim, `/api/v1/claims/${claim.id}`, { token, method: "DELETE", params: { id: claim.id }, body: { version: 2 } });

    const res = await call(activity, `/api/v1/stories/${story.id}/activity`, { token, params: { id: story.id } });
    expect(res.status).toBe(200);
    const [del, upd] = res.body!.items as Json[];
    expect(del).toMatchObject({
      action: "claim.delete",
      entity: "claim",
      entityId: claim.id,
      actor: user.name,
      actorId: user.id,
      after: null,
      restorableVersion: 3,
    });
    expect(upd).toMatchObject({
      action: "claim.update",
      before: { statement: "Closed", sourcing: "attributed" },
      after: { statement: "The bridge was closed", sourcing: "confirmed" },
    });
    expect(Object.keys(upd!.before).sort()).toEqual(["sourcing", "statement"]);

    const filtered = await call(activity, `/api/v1/stories/${story.id}/activity?action=claim.update&actor=${user.id}`, { token, params: { id: story.id } });
    expect(filtered.body!.items.map((e: Json) => e.action)).toEqual(["claim.update"]);
    const future = await call(activity, `/api/v1/stories/${story.id}/activity?from=2999-01-01`, { token, params: { id: story.id } });
    expect(future.body!.items).toEqual([]);
    const bad = await call(activity, `/api/v1/stories/${story.id}/activity?from=yesterday`, { token, params: { id: story.id } });
    expect(bad.status).toBe(400);
    expect(bad.body!.error.details[0].path).toBe("from");

    // Restore brings back exactly what was deleted.
    const restored = await call(restoreClaim, `/api/v1/claims/${claim.id}/restore`, { token, params: { id: claim.id }, body: { version: 3 } });
    expect(restored.body).toMatchObject({
      statement: "The bridge was closed",
      sourcing: "confirmed",
      selector: { start: claim.start, end: claim.end, exact: claim.exact },
    });
    const after = await call(activity, `/api/v1/stories/${story.id}/activity?limit=1`, { token, params: { id: story.id } });
    expect(after.body!.items[0].action).toBe("claim.restore");
    expect(after.body!.nextCursor).toEqual(expect.any(String));
  });

  it("restores deleted propositions and links", async () => {
    const { token } = await tokenFor("editor");
    const { story, article } = await makeStoryWithArticle();
    const claim = await createClaimRow({ articleId: article.id, exact: "Beta might reopen it.", statement: "Reopen", sourcing: "speculative" });
    const p = (
      await call(createProposition, `/api/v1/stories/${story.id}/propositions`, { token, params: { id: story.id }, body: { statement: "It reopens" } })
    ).body!;
    const l = (
      await call(linkClaim, `/api/v1/propositions/${p.id}/links`, {
        token,
        params: { id: p.id },
        body: { claimId: claim.id, stance: "supports", note: "hedged" },
      })
    ).body!;
    expect((await call(unlink, `/api/v1/links/${l.id}`, { token, method: "DELETE", params: { id: l.id }, body: { version: 1 } })).status).toBe(204);
    const relinked = await call(restoreLink, `/api/v1/links/${l.id}/restore`, { token, params: { id: l.id }, body: { version: 2 } });
    expect(relinked.body).toMatchObject({ stance: "supports", note: "hedged", version: 3 });
    expect(
      (await call(deleteProposition, `/api/v1/propositions/${p.id}`, { token, method: "DELETE", params: { id: p.id }, body: { version: 1 } })).status,
    ).toBe(204);
    const back = await call(restoreProposition, `/api/v1/propositions/${p.id}/restore`, { token, params: { id: p.id }, body: { version: 2 } });
    expect(back.body).toMatchObject({ statement: "It reopens", links: [{ id: l.id }] });
    const again = await call(restoreProposition, `/api/v1/propositions/${p.id}/restore`, { token, params: { id: p.id }, body: { version: 3 } });
    expect(again.status).toBe(409);
  });
});

describe("optimistic concurrency", () => {
  it("twenty concurrent edits with the same version: exactly one succeeds, nineteen get 409", async () => {
    const { token } = await tokenFor("editor");
    const { article } = await makeStoryWithArticle();
    const claim = await createClaimRow({ articleId: article.id, exact: "Alpha said the bridge was closed.", statement: "v1", sourcing: "attributed" });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        call(patchClaim, `/api/v1/claims/${claim.id}`, { token, method: "PATCH", params: { id: claim.id }, body: { version: 1, statement: `edit ${i}` } }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const winner = results.find((r) => r.status === 200)!.body!;
    expect(winner.version).toBe(2);
  });
});
