import { createArticle } from "@/domain/articles/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** Add an article from its `text`, or from an HTML page (`html`: extracted and sanitised). */
export const POST = authedRoute<{ id: string }>(async ({ actor, params, body }) => json(await createArticle(actor, params.id, await body()), 201));
