"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getAuth } from "@/server/auth/auth";
import { safeNext } from "./safe-next";

export interface SignInState {
  error?: string;
  email?: string;
}

const SignInForm = z.object({
  email: z.email("Enter your email address, e.g. editor@claimboard.local."),
  password: z.string().min(1, "Enter your password."),
  next: z.string().optional(),
});

function statusOf(error: unknown): number | null {
  if (typeof error !== "object" || error === null) return null;
  const e = error as { statusCode?: unknown; status?: unknown; name?: unknown };
  if (typeof e.statusCode === "number") return e.statusCode;
  return e.name === "APIError" && typeof e.status === "number" ? e.status : null;
}

export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const parsed = SignInForm.safeParse(Object.fromEntries(form));
  const email = String(form.get("email") ?? "");
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Check the form.", email };
  const auth = await getAuth();
  try {
    await auth.api.signInEmail({
      body: { email: parsed.data.email, password: parsed.data.password },
      headers: await headers(),
    });
  } catch (error) {
    // Checked by shape, not instanceof: the server bundle may hold two copies of better-auth's
    // APIError class, and then a wrong password surfaced as a crash instead of a message.
    const status = statusOf(error);
    if (status !== null) {
      if (status === 429) return { error: "Too many attempts. Wait a minute and try again.", email };
      if (status === 401 || status === 400) return { error: "The email or password is wrong.", email };
      if (status === 403) return { error: "This account is disabled. Ask an admin to enable it.", email };
    }
    throw error;
  }
  redirect(safeNext(parsed.data.next));
}

export async function signOutAction(): Promise<void> {
  const auth = await getAuth();
  await auth.api.signOut({ headers: await headers() });
  redirect("/sign-in");
}
