/**
 * Sign-in throttling per account, on top of better-auth's per-IP limit. The IP comes from
 * X-Forwarded-For, which a client can set itself when no proxy overwrites it, so a guesser could
 * rotate it; counting attempts per email closes that gap. Ten attempts per account in five
 * minutes, then 429 until the window ends (also for the right password, so the limit cannot be
 * probed).
 */
import { APIError, createAuthMiddleware } from "better-auth/api";
import { hitCounter } from "@/data/rate-limit";

export const ACCOUNT_SIGN_IN_LIMIT = 10;
export const ACCOUNT_SIGN_IN_WINDOW_MS = 5 * 60_000;

export const accountThrottle = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== "/sign-in/email") return;
  const email = typeof ctx.body?.email === "string" ? ctx.body.email.trim().toLowerCase() : "";
  if (!email) return;
  const count = await hitCounter(`account-sign-in|${email}`, ACCOUNT_SIGN_IN_WINDOW_MS);
  if (count > ACCOUNT_SIGN_IN_LIMIT) {
    throw new APIError("TOO_MANY_REQUESTS", { message: "Too many sign-in attempts for this account. Wait five minutes and try again." });
  }
});
