import { rejectDraftItem } from "@/domain/assistance/draft-service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** `{ key }` → 200 `{ outcome: "rejected" }`: the item is not drafted again. */
export const POST = authedRoute<{ id: string }>(async ({ actor, params, body }) => json(await rejectDraftItem(actor, params.id, await body())));
