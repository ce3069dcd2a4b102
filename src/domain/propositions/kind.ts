/** The proposition as a versioned kind (src/domain/versioned/kind.ts). */
import { findProposition, type PropositionRow, updatePropositionAtVersion } from "@/data/propositions";
import { toLinkDto } from "@/domain/links/kind";
import { defineKind } from "@/domain/versioned/kind";
import type { PropositionDto } from "./schemas";
import { pick } from "@/domain/versioned/pick";

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

export const auditedProposition = (p: { statement: string; verdict: string | null; rationale: string }) => pick(p, ["statement", "verdict", "rationale"]);

export const propositionKind = defineKind<PropositionRow, PropositionDto>("proposition", {
  data: { find: (id, options) => findProposition(id, options), writeAtVersion: updatePropositionAtVersion },
  describe: (p) => `Proposition "${p.statement}"`,
  audited: auditedProposition,
  toDto: toPropositionDto,
});
