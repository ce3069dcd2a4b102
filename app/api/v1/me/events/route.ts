import { authedRoute } from "@/server/http/route";
import { openUserStream } from "@/server/events/user-stream";

/** The caller's own live channel (Server-Sent Events): unread count and new notifications. */
export const GET = authedRoute(({ actor, request, query }) => openUserStream(actor, request, query));

export const dynamic = "force-dynamic";
