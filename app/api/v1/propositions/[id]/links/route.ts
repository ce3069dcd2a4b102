import { linkClaim } from "@/domain/propositions/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

export const POST = authedRoute<{ id: string }>(async ({ actor, params, body }) => json(await linkClaim(actor, params.id, await body()), 201));
