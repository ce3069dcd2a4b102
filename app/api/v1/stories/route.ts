import { PageQuery } from "@/domain/pagination";
import { parseInput } from "@/domain/errors";
import { createStory, listStories } from "@/domain/stories/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

export const GET = authedRoute(async ({ actor, query }) => json(await listStories(actor, parseInput(PageQuery, query, "The query"))));

export const POST = authedRoute(async ({ actor, body }) => json(await createStory(actor, await body()), 201));
