import { authedRoute } from "@/server/http/route";
import { openEventStream } from "@/server/events/event-stream";

/** The story's live events (Server-Sent Events): ?article= for presence, Last-Event-ID to resume. */
export const GET = authedRoute<{ id: string }>(({ actor, params, request, query }) => openEventStream(actor, params.id, request, query));

export const dynamic = "force-dynamic";
