/**
 * The one wrapper of every server action (formbricks' action-client idea): the signed-in actor,
 * expected domain errors in plain words, unexpected ones logged with an id and shown generically.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/domain/auth/actor";
import { explainConflict } from "@/domain/audit/conflict";
import { type ConflictState, DomainError, type ErrorDetail, invalidInput } from "@/domain/errors";
import { isIdLike } from "@/domain/ids";
import { getPageActor } from "@/server/auth/page-actor";

export type ActionError = { code: string; message: string; details?: ErrorDetail[]; current?: ConflictState };
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

/**
 * A server action's arguments arrive as whatever the caller serialised, not as their TypeScript
 * types: ids are checked by the one id rule (src/domain/ids.ts) before they reach the database.
 */
function assertIds(ids: Record<string, unknown>): void {
  const details = Object.entries(ids)
    .filter(([, v]) => !isIdLike(v))
    .map(([path]) => ({ path, message: "must be an id" }));
  if (details.length) throw invalidInput(`The request is invalid: ${details.map((d) => d.path).join(", ")} must be an id.`, details);
}

export async function runAction<T>(fn: (actor: Actor) => Promise<T>, options: { ids?: Record<string, unknown> } = {}): Promise<ActionResult<T>> {
  try {
    const actor = await getPageActor();
    if (!actor) return { ok: false, error: { code: "unauthenticated", message: "Your session has ended. Sign in again." } };
    if (options.ids) assertIds(options.ids);
    return { ok: true, data: await fn(actor) };
  } catch (caught) {
    const error = await explainConflict(caught);
    if (error instanceof DomainError) {
      return {
        ok: false,
        error: { code: error.code, message: error.message, ...(error.details && { details: error.details }), ...(error.current && { current: error.current }) },
      };
    }
    const id = randomUUID();
    console.error(`[action ${id}] unexpected error`, error);
    return { ok: false, error: { code: "internal_error", message: `Something went wrong on our side (reference ${id}). Nothing was saved.` } };
  }
}
