"use server";

import { revalidatePath } from "next/cache";
import { refetchArticle } from "@/domain/revisions/refetch";
import type { RefetchReport } from "@/domain/revisions/schemas";
import { type ActionResult, runAction } from "@/server/actions/run-action";

/** Fetches the article's page again (the same rules as POST /api/v1/articles/:id/refetch). */
export async function refetchArticleAction(articleId: string): Promise<ActionResult<RefetchReport>> {
  const result = await runAction((actor) => refetchArticle(actor, articleId), { ids: { articleId } });
  if (result.ok && result.data.changed) revalidatePath("/stories", "layout");
  return result;
}
