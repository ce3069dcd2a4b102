import { getComparison } from "@/domain/comparison/service";
import { authedRoute } from "@/server/http/route";
import { sharedJson } from "@/server/http/shared-json";

export const GET = authedRoute<{ id: string }>(async ({ actor, params, request }) => sharedJson(request, await getComparison(actor, params.id)));
