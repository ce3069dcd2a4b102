import { getComparison } from "@/domain/comparison/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

export const GET = authedRoute<{ id: string }>(async ({ actor, params }) => json(await getComparison(actor, params.id)));
