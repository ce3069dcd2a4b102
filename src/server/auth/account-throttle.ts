/**
 * Sign-in throttling per account, on top of better-auth's per-IP limit. The IP comes from
 * X-Forwarded-For, which a client can set itself when no proxy overwrites it, so a guesser could
 * rotate it; counting attempts per email closes that gap. Ten attempts per account in five
 * minutes, then 429 until the window ends (also for the right password, so the limit cannot be
 * probed).
 */
import "server-only";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { hitCounter } from "@/data/rate-limit";

export const ACCOUNT_SIGN_IN_LIMIT = 10;
export const ACCOUNT_SIGN_IN_WINDOW_MS = 5 * 60_000;

/** Counts one password attempt on the account (sign-in and POST /api/v1/tokens share it); true when over the limit. */
export async function accountAttemptOverLimit(email: string): Promise<boolean> {
  const count = await hitCounter(`account-sign-in|${email.trim().toLowerCase()}`, ACCOUNT_SIGN_IN_WINDOW_MS);
  return count > ACCOUNT_SIGN_IN_LIMIT;
}

/** The per-address rule better-auth applies to /sign-in/email (10 a minute), applied to token requests too. */
export const ADDRESS_ATTEMPT_LIMIT = 10;
export const ADDRESS_ATTEMPT_WINDOW_MS = 60_000;

export async function addressAttemptOverLimit(address: string): Promise<boolean> {
  return (await hitCounter(`address-password|${address}`, ADDRESS_ATTEMPT_WINDOW_MS)) > ADDRESS_ATTEMPT_LIMIT;
}

export const TOO_MANY_ATTEMPTS = "Too many sign-in attempts for this account. Wait five minutes and try again.";

export const accountThrottle = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== "/sign-in/email") return;
  const email = typeof ctx.body?.email === "string" ? ctx.body.email.trim().toLowerCase() : "";
  if (!email) return;
  if (await accountAttemptOverLimit(email)) throw new APIError("TOO_MANY_REQUESTS", { message: TOO_MANY_ATTEMPTS });
});
