import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleDto } from "@/domain/articles/schemas";
import type { ClaimDto } from "@/domain/claims/schemas";
import { countClaimsBySourcing, deleteClaim } from "@/domain/claims/service";
import { getStory, updateStory } from "@/domain/stories/service";
import type { StoryDto } from "@/domain/stories/schemas";
import { type AppInstance, startAppInstance } from "../support/app-instances";
import { makeStoryWithArticle } from "../support/factories";

// The story summary (title, articles, counts) and the sourcing counts are reused per story stamp,
// like the comparison (comparison-cache.test.ts). Two app instances on one database: neither may
// answer what was true before the other's write.
let other: AppInstance;
beforeAll(() => {
  other = startAppInstance();
});
afterAll(() => other.stop());

const sourcing = async (actor: Parameters<typeof getStory>[0], storyId: string) => Object.fromEntries(await countClaimsBySourcing(actor, storyId));

describe("story summaries and sourcing counts with two app instances on one database", () => {
  it("follow the other instance's renames, article edits, new claims and deletions", async () => {
    const { actor, story, article } = await makeStoryWithArticle();
    const first = await getStory(actor, story.id);
    expect(await getStory(actor, story.id)).toBe(first); // reused while nothing changed
    expect(await other.call<StoryDto>("story", actor, { storyId: story.id })).toMatchObject({ title: story.title, claimCount: 0 });
    expect(await sourcing(actor, story.id)).toEqual({});

    await other.call("updateStory", actor, { id: story.id, input: { version: first.version, title: "Renamed elsewhere" } });
    expect((await getStory(actor, story.id)).title).toBe("Renamed elsewhere");

    const renamed = await other.call<ArticleDto>("updateArticle", actor, { id: article.id, input: { version: article.version, title: "Retitled elsewhere" } });
    expect((await getStory(actor, story.id)).articles[0]).toMatchObject({ title: "Retitled elsewhere", version: renamed.version });

    const claim = await other.call<ClaimDto>("createClaim", actor, {
      articleId: article.id,
      input: { exact: "Beta might reopen it.", statement: "Reopen", sourcing: "speculative" },
    });
    expect((await getStory(actor, story.id)).claimCount).toBe(1);
    expect(await sourcing(actor, story.id)).toEqual({ [article.id]: { confirmed: 0, attributed: 0, speculative: 1 } });

    // And the other way round: this instance writes, the other one reads.
    await deleteClaim(actor, claim.id, { version: claim.version });
    expect(await other.call<StoryDto>("story", actor, { storyId: story.id })).toMatchObject({ claimCount: 0, title: "Renamed elsewhere" });
    expect(await other.call("sourcingCounts", actor, { storyId: story.id })).toEqual({});
    const now = await getStory(actor, story.id);
    await updateStory(actor, story.id, { version: now.version, title: "Renamed here" });
    expect(await other.call<StoryDto>("story", actor, { storyId: story.id })).toMatchObject({ title: "Renamed here" });
  });

  it("moves the stamp on every rename, even several in one millisecond", async () => {
    const { actor, story } = await makeStoryWithArticle();
    let version = (await getStory(actor, story.id)).version;
    for (let i = 0; i < 10; i++) {
      await getStory(actor, story.id);
      await other.call("updateStory", actor, { id: story.id, input: { version, title: `Title ${i}` } });
      version++;
      expect(await getStory(actor, story.id)).toMatchObject({ title: `Title ${i}`, version });
    }
  });

  it("answers not found for a story that does not exist, and shares frozen values", async () => {
    const { actor, story } = await makeStoryWithArticle();
    await expect(getStory(actor, "no-such-story")).rejects.toMatchObject({ code: "not_found" });
    await expect(countClaimsBySourcing(actor, "no-such-story")).rejects.toMatchObject({ code: "not_found" });
    const shared = await getStory(actor, story.id);
    expect(() => (shared.articles as unknown[]).push({})).toThrow();
  });
});
