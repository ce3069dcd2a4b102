"use server";

import type { z } from "zod";
import type { CreateAccountInput, ResetPasswordInput, UpdateAccountInput } from "@/domain/users/schemas";

import { revalidatePath } from "next/cache";
import { createAccount, resetPassword, updateAccount } from "@/domain/users/service";
import type { AccountDto } from "@/domain/users/schemas";
import { type ActionResult, runAction } from "@/server/actions/run-action";

export async function createAccountAction(input: z.input<typeof CreateAccountInput>): Promise<ActionResult<AccountDto>> {
  const r = await runAction((actor) => createAccount(actor, input));
  if (r.ok) revalidatePath("/admin");
  return r;
}

export async function updateAccountAction(id: string, input: z.input<typeof UpdateAccountInput>): Promise<ActionResult<AccountDto>> {
  const r = await runAction((actor) => updateAccount(actor, id, input), { ids: { id } });
  if (r.ok) revalidatePath("/admin");
  return r;
}

export async function resetPasswordAction(id: string, input: z.input<typeof ResetPasswordInput>): Promise<ActionResult<null>> {
  return runAction(async (actor) => {
    await resetPassword(actor, id, input);
    return null;
  }, { ids: { id } });
}
