/** The link (a claim's stance towards a proposition) as a versioned kind (src/domain/versioned/kind.ts). */
import { findLink, type LinkRow, updateLinkAtVersion } from "@/data/propositions";
import type { LinkDto } from "@/domain/propositions/schemas";
import type { Kind } from "@/domain/versioned/kind";

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

export const auditedLink = (l: { claimId: string; propositionId: string; stance: string; note: string; status: string }) => ({
  claimId: l.claimId,
  propositionId: l.propositionId,
  stance: l.stance,
  note: l.note,
  status: l.status,
});

export const linkKind: Kind<LinkRow, LinkDto> = {
  entity: "link",
  noun: "link",
  describe: () => "The link",
  find: findLink,
  writeAtVersion: updateLinkAtVersion,
  storyOf: (l) => l.storyId,
  audited: auditedLink,
  toDto: toLinkDto,
};
