import { importStory } from "@/domain/exchange/import-story";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** ?file= names the file the story comes from (the story shows it). */
export const POST = authedRoute(async ({ actor, body, query }) => json(await importStory(actor, await body(), query), 201));
