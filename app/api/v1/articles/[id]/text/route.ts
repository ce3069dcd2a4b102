import { reviseArticleText } from "@/domain/articles/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** A new revision of the text; claims are re-anchored or flagged orphaned. */
export const PUT = authedRoute<{ id: string }>(async ({ actor, params, body }) => json(await reviseArticleText(actor, params.id, await body())));
