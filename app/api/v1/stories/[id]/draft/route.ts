import { listDraft } from "@/domain/assistance/draft-service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

export const GET = authedRoute<{ id: string }>(async ({ actor, params, query }) => json(await listDraft(actor, params.id, query)));
