import { listMyAssignments } from "@/domain/assignments/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** The caller's assignments that are not closed, with their progress. */
export const GET = authedRoute(async ({ actor }) => json({ items: await listMyAssignments(actor) }));
