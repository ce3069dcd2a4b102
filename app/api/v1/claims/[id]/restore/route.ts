import { restoreClaim } from "@/domain/claims/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** Undo a delete: `{ version }` is the deleted claim's version. */
export const POST = authedRoute<{ id: string }>(async ({ actor, params, body }) => json(await restoreClaim(actor, params.id, await body())));
