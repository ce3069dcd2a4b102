import { getArticle, updateArticle } from "@/domain/articles/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

export const GET = authedRoute<{ id: string }>(async ({ actor, params }) => json(await getArticle(actor, params.id)));

/** Edit the article's metadata (title, outlet, author, date, URL, language). */
export const PATCH = authedRoute<{ id: string }>(async ({ actor, params, body }) => json(await updateArticle(actor, params.id, await body())));
