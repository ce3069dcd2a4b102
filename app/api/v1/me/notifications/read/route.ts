import { markAllNotificationsRead } from "@/domain/notifications/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** Marks every notification of the caller read. */
export const POST = authedRoute(async ({ actor }) => json(await markAllNotificationsRead(actor)));
