/** The claim as a versioned kind (src/domain/versioned/kind.ts). */
import { type ClaimRow, findClaim, updateClaimAtVersion } from "@/data/claims";
import { defineKind } from "@/domain/versioned/kind";
import type { ClaimDto } from "./schemas";
import { pick } from "@/domain/versioned/pick";

export function toClaimDto(row: ClaimRow): ClaimDto {
  return {
    id: row.id,
    storyId: row.storyId,
    articleId: row.articleId,
    revisionId: row.revisionId,
    version: row.version,
    statement: row.statement,
    sourcing: row.sourcing,
    source: row.source,
    cue: row.cue,
    status: row.status,
    orphaned: row.orphaned,
    wordsChangedAt: row.wordsChangedAt?.toISOString() ?? null,
    selector: { exact: row.exact, prefix: row.prefix, suffix: row.suffix, start: row.start, end: row.end },
    createdBy: row.createdBy?.id ?? null,
    createdByName: row.createdBy?.name ?? null,
    importedAuthor: row.importedAuthor,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...(row.deletedAt && { deletedAt: row.deletedAt.toISOString() }),
  };
}

/** The fields an audit entry shows for a claim. */
export const auditedClaim = (c: ClaimRow) =>
  pick(c, ["statement", "sourcing", "source", "cue", "status", "orphaned", "wordsChangedAt", "revisionId", "exact", "start", "end"]);

export const claimKind = defineKind<ClaimRow, ClaimDto>("claim", {
  data: { find: findClaim, writeAtVersion: updateClaimAtVersion },
  describe: (c) => `Claim "${c.statement}"`,
  audited: auditedClaim,
  toDto: toClaimDto,
});
