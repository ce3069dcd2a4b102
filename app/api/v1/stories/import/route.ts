import { importStory } from "@/domain/exchange/import-story";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

export const POST = authedRoute(async ({ actor, body }) => json(await importStory(actor, await body()), 201));
