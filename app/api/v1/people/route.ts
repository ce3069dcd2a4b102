import { listPeople } from "@/domain/notifications/people";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** People a comment can @mention: ?q=&limit= */
export const GET = authedRoute(async ({ actor, query }) => json(await listPeople(actor, query)));
