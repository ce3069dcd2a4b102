import { listMatches } from "@/domain/assistance/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

export const GET = authedRoute<{ id: string }>(async ({ actor, params, query }) => json(await listMatches(actor, params.id, query)));
