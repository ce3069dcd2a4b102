/**
 * A stale write is refused with the row's current version; this adds who changed it last (from
 * the audit trail), so the person can see whose change they collided with before reloading.
 */
import { findLastChange } from "@/data/audit";
import { DomainError, staleMessage } from "@/domain/errors";

/** Audit entities that record changes of each kind of row. */
const auditedAs: Record<string, string[]> = { article: ["article", "article_text"] };

export async function explainConflict(error: unknown): Promise<unknown> {
  if (!(error instanceof DomainError) || error.code !== "conflict" || !error.current) return error;
  const { entity, id } = error.current;
  try {
    const last = await findLastChange(auditedAs[entity] ?? [entity], id);
    const updatedBy = last?.actor?.name ?? null;
    if (!updatedBy) return error;
    const what = /^(.*) has changed since you loaded it/s.exec(error.message)?.[1];
    const message = what ? staleMessage(what, error.current.version, error.current.updatedAt, updatedBy) : error.message;
    return new DomainError("conflict", message, error.details, { ...error.current, updatedBy });
  } catch {
    // The refusal itself is what matters; without the name it is still correct.
    return error;
  }
}
