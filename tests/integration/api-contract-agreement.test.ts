/**
 * Contract of agreement, adjudication and closing rounds (issue 17), as one round trip: an editor
 * gives an article to two analysts in an independent round, each records claims through the API,
 * the editor reads the figures, adjudicates a unit and closes the round.
 */
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/data/db";
import { POST as recordClaim } from "../../app/api/v1/articles/[id]/claims/route";
import { GET as articleClaims } from "../../app/api/v1/articles/[id]/claims/route";
import { POST as linkClaim } from "../../app/api/v1/propositions/[id]/links/route";
import { POST as addProposition } from "../../app/api/v1/stories/[id]/propositions/route";
import { call, type Json, tokenFor } from "../support/api";
import { contract } from "../support/contract";
import { itRefusesWithoutCredentialsAndOversizedBodies } from "../support/contract-refusals";
import { makeStoryWithArticle } from "../support/factories";

const owned = ["getArticleAgreement", "getStoryAgreement", "adjudicateUnit", "closeRound"] as const;
const c = contract(["getArticleAgreement", "getStoryAgreement", "adjudicateUnit", "closeRound"]);
afterAll(() => c.assertEveryStatusCovered());

itRefusesWithoutCredentialsAndOversizedBodies(c, owned);

const TEXT = "Vučić said a Russian officer paid Z.K. The officer was a diplomat. Perhaps Russia wants a bloc. The army denied it.";

async function round() {
  const { story, article } = await makeStoryWithArticle(TEXT);
  const editor = await tokenFor("editor");
  const first = await tokenFor("analyst");
  const second = await tokenFor("analyst");
  const { POST: assign } = await import("../../app/api/v1/assignments/route");
  for (const who of [first, second]) {
    const res = await call(assign, "/", { token: editor.token, body: { articleId: article.id, userId: who.user.id, mode: "independent" } });
    expect(res.status).toBe(201);
  }
  const record = async (token: string, exact: string, sourcing: string, source = "") => {
    const res = await call(recordClaim, "/", { token, params: { id: article.id }, body: { exact, statement: exact.slice(0, 30), sourcing, source } });
    expect(res.status).toBe(201);
    return res.body!.id as string;
  };
  // Unit 1: both, same sourcing, same source once titles and accents are set aside.
  const f1 = await record(first.token, "Vučić said a Russian officer paid Z.K.", "attributed", "President Vučić");
  const s1 = await record(second.token, "a Russian officer paid Z.K.", "attributed", "Vucic");
  // Unit 2: both, sourcing differs.
  const f2 = await record(first.token, "The officer was a diplomat.", "confirmed");
  const s2 = await record(second.token, "The officer was a diplomat.", "attributed", "the army");
  // Unit 3: the first only.
  const f3 = await record(first.token, "Perhaps Russia wants a bloc.", "speculative");
  const proposition = await call(addProposition, "/", { token: editor.token, params: { id: story.id }, body: { statement: "Kleban was a diplomat" } });
  const p = proposition.body!.id as string;
  expect((await call(linkClaim, "/", { token: first.token, params: { id: p }, body: { claimId: f2, stance: "supports" } })).status).toBe(201);
  expect((await call(linkClaim, "/", { token: second.token, params: { id: p }, body: { claimId: s2, stance: "supports" } })).status).toBe(201);
  return { story, article, editor, first, second, ids: { f1, s1, f2, s2, f3 }, proposition: p };
}

describe("agreement, adjudication and closing a round", () => {
  it("answers the figures to editors only, adjudicates a unit, closes the round keeping its figures and every version", async () => {
    const r = await round();
    const db = await getDb();
    const params = { id: r.article.id };

    for (const t of [r.first, r.second]) {
      expect((await c.send("getArticleAgreement", { token: t.token, params })).status).toBe(403);
      expect((await c.send("getStoryAgreement", { token: t.token, params: { id: r.story.id } })).status).toBe(403);
      expect((await c.send("adjudicateUnit", { token: t.token, params, body: { unitId: "0-1", claimId: r.ids.f1 } })).status).toBe(403);
      expect((await c.send("closeRound", { token: t.token, params })).status).toBe(403);
    }
    expect((await c.send("getArticleAgreement", { token: r.editor.token, params: { id: "no-such" } })).status).toBe(404);
    expect((await c.send("getStoryAgreement", { token: r.editor.token, params: { id: "no-such" } })).status).toBe(404);

    const live = await c.send("getArticleAgreement", { token: r.editor.token, params });
    expect(live.status).toBe(200);
    const f = live.body!;
    expect(f.round).toMatchObject({ status: "open", closedAt: null });
    expect(f.annotators.map((a: Json) => a.id)).toEqual([r.first.user.id, r.second.user.id]);
    // 2 matched of 3 + 2 claims.
    expect(f.spans.pairs).toEqual([{ a: r.first.user.id, b: r.second.user.id, claimsA: 3, claimsB: 2, matched: 2, f1: 0.8 }]);
    expect(f.spans.f1).toBe(0.8);
    expect(f.units).toHaveLength(3);
    const [u1, u2, u3] = f.units as Json[];
    expect(u1!.values).toEqual({
      [r.first.user.id]: { claimId: r.ids.f1, sourcing: "attributed" },
      [r.second.user.id]: { claimId: r.ids.s1, sourcing: "attributed" },
    });
    expect(u2!.differs).toBe(true);
    expect(u3!.values[r.second.user.id]).toBeNull();
    // Pairable: units 1 and 2 (4 values): attributed x3, confirmed x1, one disagreeing pair: 1 - 3 * 2 / (2 * 3) = 0.
    expect(f.sourcing).toMatchObject({ pairable: 4, alpha: 0 });
    expect(f.sourcing.confusion.confirmed.attributed).toBe(1);
    expect(f.source).toEqual({ pairs: 1, same: 1, rate: 1 });

    const story = await c.send("getStoryAgreement", { token: r.editor.token, params: { id: r.story.id } });
    expect(story.status).toBe(200);
    expect(story.body!.articles[0].spans.f1).toBe(0.8);
    expect(story.body!.stance.units).toEqual([
      { propositionId: r.proposition, articleId: r.article.id, values: { [r.first.user.id]: "supports", [r.second.user.id]: "supports" } },
    ]);

    // Adjudication: bad input, unknown unit, a claim outside the unit; then the second's version, edited.
    expect((await c.send("adjudicateUnit", { token: r.editor.token, params, body: { unitId: u2!.id, claimId: r.ids.f2, sourcing: "hearsay" } })).status).toBe(
      400,
    );
    expect((await c.send("adjudicateUnit", { token: r.editor.token, params, body: { unitId: "1-2", claimId: r.ids.f2 } })).status).toBe(404);
    const outside = await c.send("adjudicateUnit", { token: r.editor.token, params, body: { unitId: u2!.id, claimId: r.ids.f1 } });
    expect(outside.status).toBe(400);
    expect(outside.body!.error.details).toEqual([{ path: "claimId", message: `is not a claim of unit ${u2!.id}` }]);
    const chosen = await c.send("adjudicateUnit", {
      token: r.editor.token,
      params,
      body: { unitId: u2!.id, claimId: r.ids.s2, statement: "The officer was a diplomat", source: "the Serbian army" },
    });
    expect(chosen.status).toBe(200);
    expect(chosen.body).toMatchObject({
      id: r.ids.s2,
      statement: "The officer was a diplomat",
      source: "the Serbian army",
      sourcing: "attributed",
      status: "approved",
    });

    const closed = await c.send("closeRound", { token: r.editor.token, params });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ articleId: r.article.id, closedById: r.editor.user.id, figures: { round: { status: "closed" }, spans: { f1: 0.8 } } });
    // The figures stay as they were at close; the unit's other version is deleted, and in the trail.
    const after = await c.send("getArticleAgreement", { token: r.editor.token, params });
    expect(after.body).toMatchObject({ round: { status: "closed", id: closed.body!.id }, spans: { f1: 0.8 }, sourcing: { alpha: 0, pairable: 4 } });
    expect((await db.claim.findUniqueOrThrow({ where: { id: r.ids.f2 } })).deletedAt).not.toBeNull();
    const trail = await db.auditEntry.findMany({ where: { entityId: r.ids.f2 }, orderBy: { at: "asc" } });
    expect(trail.map((e) => e.action)).toEqual(["claim.create", "claim.delete"]);
    expect(trail[1]!.before).toMatchObject({ statement: "The officer was a diplomat.", sourcing: "confirmed" });
    expect(await db.assignment.count({ where: { articleId: r.article.id, status: "closed" } })).toBe(2);

    // Everyone reads the claims of record and the rest of the round's work now.
    const shown = await call(articleClaims, "/", { token: r.first.token, params });
    expect(shown.body!.items.map((x: Json) => x.id).sort()).toEqual([r.ids.f1, r.ids.s1, r.ids.s2, r.ids.f3].sort());
    const viewer = await tokenFor("viewer");
    expect((await call(articleClaims, "/", { token: viewer.token, params })).body!.items).toHaveLength(4);

    expect((await c.send("closeRound", { token: r.editor.token, params })).status).toBe(409);
    expect((await c.send("adjudicateUnit", { token: r.editor.token, params, body: { unitId: u1!.id, claimId: r.ids.f1 } })).status).toBe(409);
    expect((await c.send("closeRound", { token: r.editor.token, params: { id: "no-such" } })).status).toBe(404);
    const story2 = await c.send("getStoryAgreement", { token: r.editor.token, params: { id: r.story.id } });
    expect(story2.body!.rounds).toEqual([expect.objectContaining({ id: closed.body!.id, spansF1: 0.8, sourcingAlpha: 0 })]);
  });
});
