import { importStory } from "@/domain/exchange/import-story";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** ?file= names the file the story comes from (the story shows it); ?dryRun=true only previews (200). */
export const POST = authedRoute(async ({ actor, body, query }) => {
  const result = await importStory(actor, await body(), query);
  return json(result, "dryRun" in result ? 200 : 201);
});
