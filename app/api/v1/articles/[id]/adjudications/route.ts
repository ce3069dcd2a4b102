import { adjudicate } from "@/domain/agreement/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** `{ unitId, claimId, statement?, sourcing?, source?, cue? }`: the claim of record of a unit (editors). */
export const POST = authedRoute<{ id: string }>(async ({ actor, params, body }) => json(await adjudicate(actor, params.id, await body())));
