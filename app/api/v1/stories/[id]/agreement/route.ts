import { getStoryAgreement } from "@/domain/agreement/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** Every article's agreement, and the stance agreement over proposition x article (editors). */
export const GET = authedRoute<{ id: string }>(async ({ actor, params }) => json(await getStoryAgreement(actor, params.id)));
