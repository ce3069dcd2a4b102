import { markNotification } from "@/domain/notifications/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** Marks one of the caller's notifications read or unread: { read }. */
export const PATCH = authedRoute<{ id: string }>(async ({ actor, params, body }) => json(await markNotification(actor, params.id, await body())));
