/** When a failed delivery is tried again: exponential backoff with a cap, and a last attempt. */
export interface RetryPolicy {
  /** The wait after the first failed attempt; each later one doubles it. */
  baseMs: number;
  /** The longest wait between two attempts. */
  capMs: number;
  /** After this many attempts a delivery is failed (an admin can still retry it). */
  maxAttempts: number;
}

/** 30 s, 1 min, 2 min, ... capped at 1 h; failed after 10 attempts (about 5 hours in all). */
export const DEFAULT_RETRY: RetryPolicy = { baseMs: 30_000, capMs: 3_600_000, maxAttempts: 10 };

/** The wait after the `attempts`-th failed attempt, or null when there is to be no other. */
export function retryDelayMs(attempts: number, policy: RetryPolicy): number | null {
  if (attempts >= policy.maxAttempts) return null;
  return Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));
}
