import { reviewClaim } from "@/domain/review/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** Editors only: `{ version, decision: "approve" | "send_back", comment? }` (a comment is required to send back). */
export const POST = authedRoute<{ id: string }>(async ({ actor, params, body }) => json(await reviewClaim(actor, params.id, await body())));
