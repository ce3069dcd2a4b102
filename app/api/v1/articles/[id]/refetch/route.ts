import { refetchArticle } from "@/domain/revisions/refetch";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** Fetch the article's page again; a changed text becomes a new revision (claims re-anchored). */
export const POST = authedRoute<{ id: string }>(async ({ actor, params }) => json(await refetchArticle(actor, params.id)));
