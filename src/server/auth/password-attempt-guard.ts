/**
 * The throttle of POST /api/v1/tokens (issue 14, finding 2): the same per-account counter as
 * sign-in (a locked-out account gets no token either) and sign-in's per-address rule. On whenever
 * sign-in's throttle is (production), or when CLAIMBOARD_THROTTLE=1 (tests).
 */
import "server-only";
import { env } from "@/config/env";
import type { PasswordAttemptGuard } from "@/domain/tokens/service";
import { accountAttemptOverLimit, addressAttemptOverLimit } from "./account-throttle";

export function throttleEnabled(): boolean {
  return process.env.CLAIMBOARD_THROTTLE === "1" || env().NODE_ENV === "production";
}

/** The caller's address as a proxy reports it (the first X-Forwarded-For hop), if any. */
export function callerAddress(request: Request): string | null {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("x-real-ip")?.trim() || null;
}

export function passwordAttemptGuard(request: Request): PasswordAttemptGuard | undefined {
  if (!throttleEnabled()) return undefined;
  const address = callerAddress(request);
  return {
    accountOverLimit: accountAttemptOverLimit,
    ...(address && { addressOverLimit: () => addressAttemptOverLimit(address.slice(0, 100)) }),
  };
}
