"use server";

import type { z } from "zod";
import type { CreateStoryInput, UpdateStoryInput } from "@/domain/stories/schemas";

import { revalidatePath } from "next/cache";

import { createStory, updateStory } from "@/domain/stories/service";
import type { StorySummaryDto } from "@/domain/stories/schemas";

import { type ActionResult, runAction } from "@/server/actions/run-action";

// Server actions of the stories feature: each parses nothing itself and calls the same
// domain services as the REST API, so both obey the same rules.

export async function createStoryAction(input: z.input<typeof CreateStoryInput>): Promise<ActionResult<StorySummaryDto>> {
  const result = await runAction((actor) => createStory(actor, input));
  if (result.ok) revalidatePath("/");
  return result;
}

export async function updateStoryAction(id: string, input: z.input<typeof UpdateStoryInput>): Promise<ActionResult<StorySummaryDto>> {
  const result = await runAction((actor) => updateStory(actor, id, input), { ids: { id } });
  if (result.ok) revalidatePath(`/stories/${id}`);
  return result;
}
