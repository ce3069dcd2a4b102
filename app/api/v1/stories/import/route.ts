import { importStoryFromText } from "@/domain/exchange/import-story-text";
import { json } from "@/server/http/respond";
import { authedRoute, readJsonText } from "@/server/http/route";

/**
 * The file is read in the parsing worker (JSON.parse and every check), not on the server's heap.
 * ?file= names the file the story comes from (the story shows it); ?dryRun=true only previews (200).
 */
export const POST = authedRoute(async ({ actor, request, query }) => {
  const result = await importStoryFromText(actor, await readJsonText(request), query);
  return json(result, "dryRun" in result ? 200 : 201);
});
