import { describe, expect, it } from "vitest";
import { getDb } from "@/data/db";
import { seedDemoStory } from "@/demo/seed";
import { demoStory } from "@/demo/demo-story";
import { makeUser } from "../support/factories";

describe("demo story", () => {
  it("loads through the factories with every claim anchored to its exact words", async () => {
    const editor = await makeUser("editor");
    const analyst = await makeUser("analyst");
    const story = await seedDemoStory({ editor: editor.user, analyst: analyst.user });
    const db = await getDb();
    const articles = await db.article.findMany({ where: { storyId: story.id }, include: { currentRevision: true, claims: true } });
    expect(articles).toHaveLength(2);
    for (const article of articles) {
      expect(article.claims.length).toBeGreaterThanOrEqual(12);
      expect(new Set(article.claims.map((c) => c.sourcing))).toEqual(new Set(["confirmed", "attributed", "speculative"]));
      for (const claim of article.claims) {
        expect(article.currentRevision!.text.slice(claim.start, claim.end)).toBe(claim.exact);
        expect(claim.revisionId).toBe(article.currentRevisionId);
      }
    }
    const links = await db.claimLink.count({ where: { storyId: story.id } });
    expect(links).toBe(demoStory.propositions.reduce((n, p) => n + p.links.length, 0));
    expect(await db.proposition.count({ where: { storyId: story.id } })).toBe(demoStory.propositions.length);
  });
});
