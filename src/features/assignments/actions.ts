"use server";

import { revalidatePath } from "next/cache";
import { assignPeople, updateAssignment } from "@/domain/assignments/service";
import type { AssignmentDto, AssignPeopleInput } from "@/domain/assignments/schemas";
import { type ActionResult, runAction } from "@/server/actions/run-action";

/** Gives the article (or the story) to the chosen people, all or nothing (editors). */
export async function assignPeopleAction(input: AssignPeopleInput): Promise<ActionResult<AssignmentDto[]>> {
  const result = await runAction((actor) => assignPeople(actor, input));
  if (result.ok) revalidatePath("/my-work");
  return result;
}

/** The assignee marks their work as submitted. */
export async function submitAssignmentAction(id: string, version: number): Promise<ActionResult<AssignmentDto>> {
  const result = await runAction((actor) => updateAssignment(actor, id, { version, status: "submitted" }), { ids: { id } });
  if (result.ok) revalidatePath("/my-work");
  return result;
}
