/**
 * Per-story cost against database size (PostgreSQL): the same story's comparison, read over HTTP
 * from our server, with a small and then a large number of other stories' claims in the database.
 * "cold" reads follow a change to the story (as after any write, by this or another instance), so
 * nothing derived can be reused; "warm" reads repeat without a change in between.
 */
import pg from "pg";
import { sequential } from "../lib/load";
import { summarize } from "../lib/stats";

export async function measureStoryCost(opts: { ours: string; token: string; storyId: string; pgUrl: string; n: number }) {
  const url = `${opts.ours}/api/v1/stories/${opts.storyId}/comparison`;
  const headers = { authorization: `Bearer ${opts.token}` };
  const client = new pg.Client({ connectionString: opts.pgUrl });
  await client.connect();
  try {
    await sequential(url, 3, headers);
    const cold: number[] = [];
    for (let i = 0; i < opts.n; i++) {
      // What touchStory does on every write: the story's change stamp moves on.
      await client.query(`UPDATE "story" SET "updatedAt" = "updatedAt" + interval '1 millisecond' WHERE "id" = $1`, [opts.storyId]);
      cold.push(...(await sequential(url, 1, headers)));
    }
    const warm = await sequential(url, opts.n, headers);
    return { cold: summarize(cold), warm: summarize(warm) };
  } finally {
    await client.end();
  }
}
