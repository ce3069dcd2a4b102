import { reviewInBulk } from "@/domain/review/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** Editors only: `{ items: [{ kind, id, version }], decision, comment? }`, all decided or none. */
export const POST = authedRoute(async ({ actor, body }) => json(await reviewInBulk(actor, await body())));
