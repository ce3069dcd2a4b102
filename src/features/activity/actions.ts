"use server";

import { revalidatePath } from "next/cache";
import { restoreClaim } from "@/domain/claims/service";
import { restoreLink, restoreProposition } from "@/domain/propositions/service";
import { invalidInput } from "@/domain/errors";
import { type ActionResult, runAction } from "@/server/actions/run-action";

const restorers = { claim: restoreClaim, proposition: restoreProposition, link: restoreLink } as const;

/** Restores a deleted claim, proposition or link from the activity page. */
export async function restoreAction(storyId: string, entity: string, id: string, version: number): Promise<ActionResult<null>> {
  const result = await runAction(
    async (actor) => {
      // Own keys only: "constructor" or "__proto__" must not find Object's.
      if (!Object.hasOwn(restorers, entity)) throw invalidInput(`A ${entity} cannot be restored from here.`);
      const restore = restorers[entity as keyof typeof restorers];
      await restore(actor, id, { version });
      return null;
    },
    { ids: { storyId, entity, id } },
  );
  if (result.ok) revalidatePath(`/stories/${storyId}`, "layout");
  return result;
}
