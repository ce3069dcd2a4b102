/**
 * Removes the claims that the claim-creation load wrote (ours and the baseline's), so that what is
 * measured after it (the dashboard, Lighthouse) sees the story as generated: 20 x 150 stays 3,000
 * claims, not 3,000 plus the ten thousand or so written in a few seconds of load.
 *   DATABASE_URL=... tsx bench/remove-load-claims.ts STORY_ID
 * Prints one JSON line: { removed }.
 */
import { disconnectDb, getDb } from "../src/data/db";
import { touchStory } from "../src/data/stories";
import { LOAD_CLAIM_STATEMENT } from "./suites/api";

async function main() {
  const storyId = process.argv[2]!;
  const db = await getDb();
  const removed = await db.$transaction(async (tx) => {
    const { count } = await tx.claim.deleteMany({ where: { storyId, statement: LOAD_CLAIM_STATEMENT } });
    await touchStory(tx, storyId);
    return count;
  });
  console.log(JSON.stringify({ removed }));
  await disconnectDb();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
