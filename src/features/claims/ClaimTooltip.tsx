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

/** Where a claim's card goes: under its words, inside the text's box (null when either is gone). */
export function tipBeside(el: HTMLElement, claim: ClaimDto | undefined, text: HTMLElement | null): Tip | null {
  const box = text?.parentElement?.getBoundingClientRect();
  if (!claim || !box) return null;
  const r = el.getBoundingClientRect();
  return { claim, top: r.bottom - box.top + 6, left: Math.max(0, Math.min(r.left - box.left, box.width - 340)) };
}

/** Tells screen readers which claim is chosen, of how many, with its sourcing and source. */
export function ChosenClaimAnnouncer({ claims, active }: { claims: ClaimDto[]; active?: ClaimDto }) {
  return (
    <div className="visually-hidden" aria-live="polite">
      {active
        ? `Claim ${claims.findIndex((c) => c.id === active.id) + 1} of ${claims.length}: ${active.statement} (${active.sourcing}${active.source ? `, ${active.source}` : ""})`
        : ""}
    </div>
  );
}
