/** The link (a claim's stance towards a proposition) as a versioned kind (src/domain/versioned/kind.ts). */
import { findLink, type LinkRow, updateLinkAtVersion } from "@/data/propositions";
import type { LinkDto } from "@/domain/propositions/schemas";
import { defineKind } from "@/domain/versioned/kind";
import { pick } from "@/domain/versioned/pick";

export function toLinkDto(row: LinkRow): LinkDto {
  return {
    id: row.id,
    propositionId: row.propositionId,
    claimId: row.claimId,
    articleId: row.claim.articleId,
    stance: row.stance,
    note: row.note,
    status: row.status,
    version: row.version,
    claim: { statement: row.claim.statement, sourcing: row.claim.sourcing, exact: row.claim.exact, source: row.claim.source, orphaned: row.claim.orphaned },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const auditedLink = (l: { claimId: string; propositionId: string; stance: string; note: string; status: string }) =>
  pick(l, ["claimId", "propositionId", "stance", "note", "status"]);

export const linkKind = defineKind<LinkRow, LinkDto>("link", {
  data: { find: findLink, writeAtVersion: updateLinkAtVersion },
  describe: () => "The link",
  audited: auditedLink,
  toDto: toLinkDto,
});
