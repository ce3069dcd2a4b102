"use server";

import { revalidatePath } from "next/cache";
import { restoreClaim } from "@/domain/claims/service";
import { restoreLink, restoreProposition } from "@/domain/propositions/service";
import { invalidInput } from "@/domain/errors";
import { type ActionResult, runAction } from "@/server/actions/run-action";

const restorers = { claim: restoreClaim, proposition: restoreProposition, link: restoreLink } as const;

/** Restores a deleted claim, proposition or link from the activity page. */
export async function restoreAction(storyId: string, entity: string, id: string, version: number): Promise<ActionResult<null>> {
  const result = await runAction(async (actor) => {
    const restore = restorers[entity as keyof typeof restorers];
    if (!restore) throw invalidInput(`A ${entity} cannot be restored from here.`);
    await restore(actor, id, { version });
    return null;
  });
  if (result.ok) revalidatePath(`/stories/${storyId}`, "layout");
  return result;
}
