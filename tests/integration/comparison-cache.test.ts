import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle, createClaim } from "@/demo/factories";
import type { Comparison } from "@/domain/comparison/compute";
import { getComparison } from "@/domain/comparison/service";
import { createProposition, linkClaim, updateLink } from "@/domain/propositions/service";
import { type AppInstance, startAppInstance } from "../support/app-instances";
import { makeStoryWithArticle } from "../support/factories";

// Two app instances on one database (on PostgreSQL in the PostgreSQL run): this test process and a
// child process with its own client and comparison cache. Neither may serve a comparison that is
// stale after the other's write.
let other: AppInstance;
beforeAll(() => {
  other = startAppInstance();
});
afterAll(() => other.stop());

async function storyWithDivergence() {
  const { actor, story, article } = await makeStoryWithArticle("Alpha said the bridge was closed. Beta might reopen it.");
  const second = await createArticle({ storyId: story.id, title: "Second", text: "The bridge stayed open, residents said." });
  const c1 = await createClaim({ articleId: article.id, exact: "Alpha said the bridge was closed.", statement: "Closed", sourcing: "attributed" });
  const c2 = await createClaim({ articleId: second.id, exact: "The bridge stayed open", statement: "Open", sourcing: "attributed" });
  const p = await createProposition(actor, story.id, { statement: "The bridge was closed" });
  await linkClaim(actor, p.id, { claimId: c1.id, stance: "supports" });
  const link = await linkClaim(actor, p.id, { claimId: c2.id, stance: "contradicts" });
  return { actor, story, link };
}

const relation = (c: Comparison) => ({ agreements: c.pairs[0]!.agreements, divergences: c.pairs[0]!.divergences });

describe("the comparison cache with two app instances on one database", () => {
  it("serves neither instance a stale comparison after the other's write", async () => {
    const { actor, story, link } = await storyWithDivergence();
    // Both instances compute and keep the comparison.
    expect(relation(await getComparison(actor, story.id))).toEqual({ agreements: 0, divergences: 1 });
    expect(relation(await other.call<Comparison>("comparison", actor, { storyId: story.id }))).toEqual({ agreements: 0, divergences: 1 });
    expect(await getComparison(actor, story.id)).toBe(await getComparison(actor, story.id)); // reused while nothing changed

    // The other instance writes; this one's next read follows.
    await other.call("updateLink", actor, { id: link.id, input: { version: link.version, stance: "supports" } });
    expect(relation(await getComparison(actor, story.id))).toEqual({ agreements: 1, divergences: 0 });

    // This instance writes; the other's next read follows.
    await updateLink(actor, link.id, { version: link.version + 1, stance: "contradicts" });
    expect(relation(await other.call<Comparison>("comparison", actor, { storyId: story.id }))).toEqual({ agreements: 0, divergences: 1 });
  });

  it("follows every one of many writes in quick succession (several per millisecond is possible)", async () => {
    const { actor, story, link } = await storyWithDivergence();
    let version = link.version;
    for (let i = 0; i < 15; i++) {
      const stance = i % 2 === 0 ? "supports" : "contradicts";
      // Read on this instance right before and after each write of the other one.
      await getComparison(actor, story.id);
      await other.call("updateLink", actor, { id: link.id, input: { version, stance } });
      version++;
      expect(relation(await getComparison(actor, story.id))).toEqual(
        stance === "supports" ? { agreements: 1, divergences: 0 } : { agreements: 0, divergences: 1 },
      );
    }
  });

  it("answers not found for a story that does not exist", async () => {
    const { actor } = await storyWithDivergence();
    await expect(getComparison(actor, "no-such-story")).rejects.toMatchObject({ code: "not_found" });
  });
});
