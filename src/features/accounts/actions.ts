"use server";

/** Accounts: admins manage them (create, roles, passwords); each person manages their own tokens and preferences. */
import type { z } from "zod";
import type { CreateAccountInput, ResetPasswordInput, UpdateAccountInput } from "@/domain/users/schemas";
import { revalidatePath } from "next/cache";
import { createAccount, resetPassword, updateAccount } from "@/domain/users/service";
import type { AccountDto } from "@/domain/users/schemas";
import { type ActionResult, runAction } from "@/server/actions/run-action";
import type { IssueTokenInput } from "@/domain/tokens/schemas";
import { issueApiToken, revokeApiToken } from "@/domain/tokens/service";
import type { ApiTokenDto } from "@/domain/tokens/schemas";
import { type ReviewPreferenceDto, setReviewPreference } from "@/domain/users/review-preference";

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
  return runAction(
    async (actor) => {
      await resetPassword(actor, id, input);
      return null;
    },
    { ids: { id } },
  );
}

export async function issueTokenAction(input: z.input<typeof IssueTokenInput>): Promise<ActionResult<{ token: string; item: ApiTokenDto }>> {
  const r = await runAction((actor) => issueApiToken(actor, input));
  if (r.ok) revalidatePath("/account");
  return r;
}

export async function revokeTokenAction(id: string): Promise<ActionResult<null>> {
  const r = await runAction(
    async (actor) => {
      await revokeApiToken(actor, id);
      return null;
    },
    { ids: { id } },
  );
  if (r.ok) revalidatePath("/account");
  return r;
}

export async function setReviewPreferenceAction(input: unknown): Promise<ActionResult<ReviewPreferenceDto>> {
  const r = await runAction((actor) => setReviewPreference(actor, input));
  if (r.ok) {
    revalidatePath("/account");
    // The reader's new-claim form starts with the status this implies.
    revalidatePath("/stories", "layout");
  }
  return r;
}
