import type { ClaimDto } from "@/domain/claims/schemas";
import { SourcingBadge } from "./SourcingBadge";

export interface Tip {
  claim: ClaimDto;
  top: number;
  left: number;
}

/** A claim's card beside its words: sourcing, source and statement. */
export function ClaimTooltip({ tip }: { tip: Tip | null }) {
  if (!tip) return null;
  return (
    <div className="tooltip" role="tooltip" style={{ top: tip.top, left: tip.left }}>
      <div style={{ marginBottom: "0.25rem" }}>
        <SourcingBadge sourcing={tip.claim.sourcing} />
        {tip.claim.source && <span>{tip.claim.source}</span>}
      </div>
      <strong>{tip.claim.statement}</strong>
    </div>
  );
}
