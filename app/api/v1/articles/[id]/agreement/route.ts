import { getArticleAgreement } from "@/domain/agreement/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** The article's agreement figures (editors). */
export const GET = authedRoute<{ id: string }>(async ({ actor, params }) => json(await getArticleAgreement(actor, params.id)));
