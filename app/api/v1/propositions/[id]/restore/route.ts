import { restoreProposition } from "@/domain/propositions/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** Undo a delete: `{ version }` is the deleted proposition's version. */
export const POST = authedRoute<{ id: string }>(async ({ actor, params, body }) => json(await restoreProposition(actor, params.id, await body())));
