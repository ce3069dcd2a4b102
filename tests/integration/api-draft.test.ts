import { describe, expect, it } from "vitest";
import { getDb } from "@/data/db";
import { POST as createStory } from "../../app/api/v1/stories/route";
import { POST as createArticle } from "../../app/api/v1/stories/[id]/articles/route";
import { POST as createClaim } from "../../app/api/v1/articles/[id]/claims/route";
import { GET as getDraft } from "../../app/api/v1/stories/[id]/draft/route";
import { POST as accept } from "../../app/api/v1/stories/[id]/draft/accept/route";
import { POST as reject } from "../../app/api/v1/stories/[id]/draft/reject/route";
import { call, type Json, tokenFor } from "../support/api";

const FIRST =
  "The Serbian president Aleksandar Vucic said the video showed a Russian officer handing over a bag of money. " +
  "The city council approved a budget of 12 million euros for the new bridge on Monday.";
const SECOND =
  "Vučić confirmed that the video shows a Russian officer handing a bag of cash to a Serbian soldier. " +
  "The council did not approve the 14 million euro budget for the bridge.";

async function setup() {
  const { token } = await tokenFor("analyst");
  const story = (await call(createStory, "/api/v1/stories", { token, body: { title: "Draft" } })).body!;
  const add = async (text: string, title: string) =>
    (await call(createArticle, "x", { token, params: { id: story.id }, body: { title, outlet: "Daily", text } })).body!;
  return { token, story, a: await add(FIRST, "One"), b: await add(SECOND, "Two") };
}

const draftOf = async (token: string, storyId: string) => {
  const res = await call(getDraft, `/api/v1/stories/${storyId}/draft`, { token, params: { id: storyId } });
  expect(res.status).toBe(200);
  return res.body!.items as Json[];
};

const asAccepted = (item: Json) => ({
  key: item.key,
  statement: item.statement,
  claims: item.claims.map((c: Json) =>
    c.claimId
      ? { claimId: c.claimId, stance: c.stance }
      : {
          articleId: c.articleId,
          revisionId: c.revisionId,
          start: c.selector.start,
          end: c.selector.end,
          exact: c.selector.exact,
          statement: c.statement,
          sourcing: c.sourcing,
          source: c.source,
          cue: c.cue,
          stance: c.stance,
        },
  ),
});

describe("draft comparison", () => {
  it("pairs the articles' claims on the same point, with stances and what differs", async () => {
    const { token, story, a, b } = await setup();
    const items = await draftOf(token, story.id);
    const video = items.find((i) => i.claims.some((c: Json) => c.selector.exact.includes("bag of money")))!;
    expect(video.claims.map((c: Json) => c.articleId).sort()).toEqual([a.id, b.id].sort());
    const budget = items.find((i) => i.claims.some((c: Json) => c.selector.exact.includes("12 million")))!;
    expect(budget.claims.map((c: Json) => c.articleId).sort()).toEqual([a.id, b.id].sort());
    expect(budget.claims.map((c: Json) => c.stance)).toContain("contradicts");
    expect(budget.reasons.map((r: Json) => r.kind)).toEqual(expect.arrayContaining(["number", "negation"]));
    // Items covering both articles come first.
    expect(items.slice(0, 2).every((i) => i.claims.length === 2)).toBe(true);
  });

  it("uses a recorded claim where there is one", async () => {
    const { token, story, a } = await setup();
    const exact = "The city council approved a budget of 12 million euros for the new bridge on Monday.";
    const claim = (await call(createClaim, "x", { token, params: { id: a.id }, body: { exact, statement: "Budget approved", sourcing: "confirmed" } })).body!;
    const items = await draftOf(token, story.id);
    const budget = items.find((i) => i.claims.some((c: Json) => c.claimId === claim.id))!;
    expect(budget.claims.find((c: Json) => c.claimId === claim.id)).toMatchObject({ statement: "Budget approved", selector: { exact } });
  });

  it("accepts one item in one request: proposition, new claims and links, all to review, audited; not drafted again", async () => {
    const { token, story } = await setup();
    const [item] = await draftOf(token, story.id);
    const res = await call(accept, "x", { token, params: { id: story.id }, body: asAccepted(item!) });
    expect(res.status).toBe(201);
    const proposition = res.body!.proposition;
    expect(proposition.statement).toBe(item!.statement);
    expect(proposition.links).toHaveLength(item!.claims.length);
    expect(proposition.links.every((l: Json) => l.status === "needs_review")).toBe(true);
    const db = await getDb();
    const claims = await db.claim.findMany({ where: { id: { in: proposition.links.map((l: Json) => l.claimId) } } });
    expect(claims.every((c) => c.status === "needs_review")).toBe(true);
    const actions = (await db.auditEntry.findMany({ where: { storyId: story.id } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["proposition.create", "claim.create", "link.create"]));
    expect((await draftOf(token, story.id)).map((i) => i.key)).not.toContain(item!.key);
    const again = await call(accept, "x", { token, params: { id: story.id }, body: asAccepted(item!) });
    expect(again.status).toBe(409);
  });

  it("writes nothing when one claim of the item is bad (one transaction)", async () => {
    const { token, story } = await setup();
    const [item] = await draftOf(token, story.id);
    const body = asAccepted(item!);
    body.claims[body.claims.length - 1].exact = "words that are not there";
    const res = await call(accept, "x", { token, params: { id: story.id }, body });
    expect(res.status).toBe(400);
    expect(res.body!.error.details[0].path).toMatch(/^claims\.\d+\.exact$/);
    const db = await getDb();
    expect(await db.proposition.count({ where: { storyId: story.id } })).toBe(0);
    expect(await db.claim.count({ where: { storyId: story.id } })).toBe(0);
  });

  it("remembers a rejection, and refuses viewers and bad keys", async () => {
    const { token, story } = await setup();
    const [item] = await draftOf(token, story.id);
    expect((await call(reject, "x", { token, params: { id: story.id }, body: { key: item!.key } })).status).toBe(200);
    expect((await draftOf(token, story.id)).map((i) => i.key)).not.toContain(item!.key);
    const viewer = (await tokenFor("viewer")).token;
    expect((await call(reject, "x", { token: viewer, params: { id: story.id }, body: { key: "0123456789abcdef" } })).status).toBe(403);
    const bad = await call(reject, "x", { token, params: { id: story.id }, body: { key: "nope" } });
    expect(bad.status).toBe(400);
    expect(bad.body!.error.details[0].path).toBe("key");
  });
});

describe("draft sources", () => {
  it("one person is one source across the story's articles (spellings folded)", async () => {
    const { token, story } = await setup();
    const items = await draftOf(token, story.id);
    const sources = new Set(items.flatMap((i) => i.claims.map((c: Json) => c.source)).filter((s: string) => /vu[cč]i[cć]/i.test(s)));
    expect([...sources]).toEqual(["Serbian president Aleksandar Vucic"]);
  });
});
