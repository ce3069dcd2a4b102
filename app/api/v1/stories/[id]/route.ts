import { getStory, updateStory } from "@/domain/stories/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

export const GET = authedRoute<{ id: string }>(async ({ actor, params }) => json(await getStory(actor, params.id)));

export const PATCH = authedRoute<{ id: string }>(async ({ actor, params, body }) => json(await updateStory(actor, params.id, await body())));
