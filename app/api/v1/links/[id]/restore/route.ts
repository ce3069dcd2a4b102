import { restoreLink } from "@/domain/propositions/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** Undo an unlink: `{ version }` is the deleted link's version. */
export const POST = authedRoute<{ id: string }>(async ({ actor, params, body }) => json(await restoreLink(actor, params.id, await body())));
