/**
 * Deleting and restoring work that goes through review (claims, links): the owner rule, the
 * approved-work rule and the status a restore brings back, on the versioned ritual.
 */
import type { Actor } from "@/domain/auth/actor";
import { assertCanChangeContent } from "@/domain/auth/permissions";
import { VersionInput } from "@/domain/claims/schemas";
import { parseInput } from "@/domain/errors";
import type { ReviewStatus } from "@/domain/vocabulary";
import type { Kind, VersionedRow } from "@/domain/versioned/kind";
import { restore, softDelete } from "@/domain/versioned/write";
import { assertCanDeleteReviewed, reviewAfterRestore } from "./rules";

type ReviewedRow = VersionedRow & { createdById: string | null; status: ReviewStatus };

export async function deleteReviewed<Row extends ReviewedRow, Dto>(kind: Kind<Row, Dto>, actor: Actor, id: string, input: unknown): Promise<void> {
  const { version } = parseInput(VersionInput, input);
  await softDelete(kind, actor, id, version, (current) => {
    assertCanChangeContent(actor, "delete", kind.noun, current);
    assertCanDeleteReviewed(actor, current, kind.noun);
  });
}

export async function restoreReviewed<Row extends ReviewedRow, Dto>(kind: Kind<Row, Dto>, actor: Actor, id: string, input: unknown): Promise<Dto> {
  const { version } = parseInput(VersionInput, input);
  return restore(
    kind,
    actor,
    id,
    version,
    (current) => assertCanChangeContent(actor, "delete", kind.noun, current),
    (current) => reviewAfterRestore(actor, current),
  );
}
