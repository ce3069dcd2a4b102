/** Counters in better-auth's rate_limit table, for limits better-auth does not key itself. */
import { randomUUID } from "node:crypto";
import { inTransaction } from "./db";

/** Counts one hit on `key` in a fixed window; returns the count in the current window. */
export async function hitCounter(key: string, windowMs: number, now = Date.now()): Promise<number> {
  return inTransaction(async (tx) => {
    const row = await tx.rateLimit.findUnique({ where: { key } });
    if (!row || now - Number(row.lastRequest) > windowMs) {
      await tx.rateLimit.upsert({
        where: { key },
        create: { id: randomUUID(), key, count: 1, lastRequest: BigInt(now) },
        update: { count: 1, lastRequest: BigInt(now) },
      });
      return 1;
    }
    const updated = await tx.rateLimit.update({ where: { key }, data: { count: { increment: 1 } } });
    return updated.count;
  });
}
