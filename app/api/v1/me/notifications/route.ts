import { listMyNotifications } from "@/domain/notifications/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** The caller's notifications, newest first: ?unread=true&limit=&cursor= */
export const GET = authedRoute(async ({ actor, query }) => json(await listMyNotifications(actor, query)));
