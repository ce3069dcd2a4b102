/** A story's claims list (searchClaims): every filter, letter case, order, authors, and the total. */
import { describe, expect, it } from "vitest";
import { createArticle, createClaim } from "@/demo/factories";
import { getDb } from "@/data/db";
import { searchClaims } from "@/domain/claims/service";
import { makeStoryWithArticle, makeUser } from "../support/factories";

async function story() {
  const { actor, user, story, article } = await makeStoryWithArticle("Alpha said the bridge was closed. Beta might reopen it. 100% of cars_lanes stay shut.");
  const second = await createArticle({ storyId: story.id, title: "Second article", text: "Gamma confirmed the CLOSURE.", position: 1, createdById: user.id });
  const other = await makeUser("analyst");
  const closed = await createClaim({
    articleId: article.id,
    exact: "Alpha said the bridge was closed.",
    statement: "Closed",
    sourcing: "attributed",
    source: "Alpha Mayor",
    createdById: user.id,
    status: "approved",
  });
  const reopen = await createClaim({
    articleId: article.id,
    exact: "Beta might reopen it.",
    statement: "Reopen",
    sourcing: "speculative",
    cue: "might",
    createdById: other.user.id,
  });
  const lanes = await createClaim({ articleId: article.id, exact: "100% of cars_lanes stay shut.", statement: "Lanes shut", sourcing: "confirmed" });
  const gamma = await createClaim({
    articleId: second.id,
    exact: "Gamma confirmed the CLOSURE.",
    statement: "Closure confirmed",
    sourcing: "confirmed",
    source: "gamma",
    createdById: other.user.id,
  });
  return { actor, story, article, second, user, other, ids: { closed: closed.id, reopen: reopen.id, lanes: lanes.id, gamma: gamma.id } };
}

const ids = (r: { items: { id: string }[] }) => r.items.map((c) => c.id);

describe("searchClaims", () => {
  it("lists every live claim in article then reading order, with authors, article titles and the total", async () => {
    const s = await story();
    const all = await searchClaims(s.actor, s.story.id, {});
    expect(ids(all)).toEqual([s.ids.closed, s.ids.reopen, s.ids.lanes, s.ids.gamma]);
    expect(all.total).toBe(4);
    expect(all.items[0]).toMatchObject({
      articleTitle: "An article",
      createdBy: s.user.id,
      createdByName: s.user.name,
      status: "approved",
      sourcing: "attributed",
      orphaned: false,
      version: 1,
    });
    expect(all.items[0]!.selector).toMatchObject({ exact: "Alpha said the bridge was closed.", start: 0 });
    expect(new Date(all.items[0]!.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(all.items[2]).toMatchObject({ createdBy: null, createdByName: null, articleTitle: "An article" });
    expect(all.items[3]!.articleTitle).toBe("Second article");
    expect(all.authors.map((a) => a.id).sort()).toEqual([s.user.id, s.other.user.id].sort());
  });

  it("filters by sourcing, status, source, author and article; q and source ignore letter case", async () => {
    const s = await story();
    const find = (q: Record<string, string>) => searchClaims(s.actor, s.story.id, q).then(ids);
    expect(await find({ sourcing: "confirmed,speculative" })).toEqual([s.ids.reopen, s.ids.lanes, s.ids.gamma]);
    expect(await find({ status: "approved" })).toEqual([s.ids.closed]);
    expect(await find({ source: "GAMMA" })).toEqual([s.ids.gamma]);
    expect(await find({ author: s.other.user.id })).toEqual([s.ids.reopen, s.ids.gamma]);
    expect(await find({ article: s.second.id })).toEqual([s.ids.gamma]);
    expect(await find({ q: "closure" })).toEqual([s.ids.gamma]);
    expect(await find({ q: "MIGHT" })).toEqual([s.ids.reopen]);
    expect(await find({ q: "alpha mayor" })).toEqual([s.ids.closed]);
    expect(await find({ q: "closed", sourcing: "confirmed" })).toEqual([]);
  });

  it("takes %, _ and \\ in the search text literally", async () => {
    const s = await story();
    const find = (q: string) => searchClaims(s.actor, s.story.id, { q }).then(ids);
    expect(await find("100%")).toEqual([s.ids.lanes]);
    expect(await find("cars_lanes")).toEqual([s.ids.lanes]);
    expect(await find("%")).toEqual([s.ids.lanes]);
    expect(await find("_")).toEqual([s.ids.lanes]);
    expect(await find("\\")).toEqual([]);
  });

  it("leaves out deleted claims and claims of deleted articles", async () => {
    const s = await story();
    const db = await getDb();
    await db.claim.update({ where: { id: s.ids.reopen }, data: { deletedAt: new Date() } });
    await db.article.update({ where: { id: s.second.id }, data: { deletedAt: new Date() } });
    const r = await searchClaims(s.actor, s.story.id, {});
    expect(ids(r)).toEqual([s.ids.closed, s.ids.lanes]);
    expect(r.total).toBe(2);
  });
});
