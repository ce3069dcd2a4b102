import { closeRound } from "@/domain/agreement/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** Closes the article's independent round, keeping its figures (editors). */
export const POST = authedRoute<{ id: string }>(async ({ actor, params }) => json(await closeRound(actor, params.id)));
