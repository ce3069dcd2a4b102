import { getArticleChanges } from "@/domain/revisions/changes";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** What changed since a revision (?since=revisionId): each claim classified, and the text diff. */
export const GET = authedRoute<{ id: string }>(async ({ actor, params, query }) => json(await getArticleChanges(actor, params.id, query)));
