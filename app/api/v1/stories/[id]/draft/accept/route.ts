import { acceptDraftItem } from "@/domain/assistance/draft-service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** `{ key, statement, claims: [{ claimId, stance } | { articleId, revisionId, start, end, exact, statement, sourcing, source?, cue?, stance }] }` → 201 `{ proposition }`. */
export const POST = authedRoute<{ id: string }>(async ({ actor, params, body }) => json(await acceptDraftItem(actor, params.id, await body()), 201));
