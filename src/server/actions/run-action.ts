/**
 * The one wrapper of every server action (formbricks' action-client idea): the signed-in actor,
 * expected domain errors in plain words, unexpected ones logged with an id and shown generically.
 */
import { randomUUID } from "node:crypto";
import type { Actor } from "@/domain/auth/actor";
import { explainConflict } from "@/domain/audit/conflict";
import { type ConflictState, DomainError, type ErrorDetail } from "@/domain/errors";
import { getPageActor } from "@/server/auth/page-actor";

export type ActionError = { code: string; message: string; details?: ErrorDetail[]; current?: ConflictState };
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

export async function runAction<T>(fn: (actor: Actor) => Promise<T>): Promise<ActionResult<T>> {
  try {
    const actor = await getPageActor();
    if (!actor) return { ok: false, error: { code: "unauthenticated", message: "Your session has ended. Sign in again." } };
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
