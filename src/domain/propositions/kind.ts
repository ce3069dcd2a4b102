/** The proposition as a versioned kind (src/domain/versioned/kind.ts). */
import { findProposition, type PropositionRow, updatePropositionAtVersion } from "@/data/propositions";
import { toLinkDto } from "@/domain/links/kind";
import type { Kind } from "@/domain/versioned/kind";
import type { PropositionDto } from "./schemas";

export function toPropositionDto(row: PropositionRow): PropositionDto {
  return {
    id: row.id,
    storyId: row.storyId,
    statement: row.statement,
    verdict: row.verdict,
    rationale: row.rationale,
    version: row.version,
    createdBy: row.createdBy?.id ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    links: row.links.map(toLinkDto),
  };
}

export const auditedProposition = (p: { statement: string; verdict: string | null; rationale: string }) => ({
  statement: p.statement,
  verdict: p.verdict,
  rationale: p.rationale,
});

export const propositionKind: Kind<PropositionRow, PropositionDto> = {
  entity: "proposition",
  noun: "proposition",
  describe: (p) => `Proposition "${p.statement}"`,
  find: (id, options) => findProposition(id, options),
  writeAtVersion: updatePropositionAtVersion,
  storyOf: (p) => p.storyId,
  audited: auditedProposition,
  toDto: toPropositionDto,
};
