/** touchStory: the story's change stamp strictly increases with every write (the comparison cache's key). */
import { describe, expect, it } from "vitest";
import { getDb, inTransaction } from "@/data/db";
import { findStoryStamp, touchStory } from "@/data/stories";
import { makeStoryWithArticle } from "../support/factories";

describe("touchStory", () => {
  it("moves the stamp on by at least a millisecond per write, even in the same millisecond", async () => {
    const { story } = await makeStoryWithArticle();
    const stamps = [(await findStoryStamp(story.id))!];
    for (let i = 0; i < 20; i++) {
      await inTransaction((tx) => touchStory(tx, story.id));
      stamps.push((await findStoryStamp(story.id))!);
    }
    for (let i = 1; i < stamps.length; i++) expect(stamps[i]!).toBeGreaterThan(stamps[i - 1]!);
    expect(stamps.at(-1)!).toBeLessThan(Date.now() + 1_000);
  });

  it("moves on from a stamp that is ahead of this clock (another instance's), and reads back as a date", async () => {
    const { story } = await makeStoryWithArticle();
    const ahead = new Date(Date.now() + 60_000);
    const db = await getDb();
    await db.story.update({ where: { id: story.id }, data: { updatedAt: ahead } });
    await inTransaction((tx) => touchStory(tx, story.id));
    expect(await findStoryStamp(story.id)).toBe(ahead.getTime() + 1);
    const row = await db.story.findUniqueOrThrow({ where: { id: story.id } });
    expect(row.updatedAt.getTime()).toBe(ahead.getTime() + 1);
  });

  it("takes the current time when the stamp is behind it", async () => {
    const { story } = await makeStoryWithArticle();
    const db = await getDb();
    await db.story.update({ where: { id: story.id }, data: { updatedAt: new Date("2020-01-01T00:00:00.000Z") } });
    const before = Date.now();
    await inTransaction((tx) => touchStory(tx, story.id));
    const stamp = (await findStoryStamp(story.id))!;
    expect(stamp).toBeGreaterThanOrEqual(before - 5);
    expect(stamp).toBeLessThanOrEqual(Date.now() + 5);
  });
});
