/**
 * The annotation workspace's state as one reducer: the article's claims, the chosen one, what the
 * side panel is doing (recording, editing, repairing) and the toast. Pure, so its transitions read
 * in one place and can be tested without a browser.
 */
import type { ClaimDto } from "@/domain/claims/schemas";
import type { SuggestionDto } from "@/domain/assistance/service";
import type { Span } from "./dom-offsets";

export type Mode =
  { kind: "idle" } | { kind: "create"; span: Span; suggestion?: SuggestionDto } | { kind: "edit"; claimId: string } | { kind: "repair"; claimId: string };

export interface Toast {
  message: string;
  undo?: () => void;
}

export interface WorkspaceState {
  claims: ClaimDto[];
  activeId: string | null;
  mode: Mode;
  /** The selection the form opens on (remembered when the words are selected). */
  pending: Span | null;
  toast: Toast | null;
}

export type WorkspaceAction =
  | { type: "saved"; claim: ClaimDto; choose?: boolean }
  | { type: "removed"; id: string }
  | { type: "choose"; id: string | null }
  | { type: "mode"; mode: Mode }
  | { type: "pending"; span: Span | null }
  | { type: "toast"; toast: Toast | null }
  | { type: "formClosed" };

const byStart = (a: ClaimDto, b: ClaimDto) => a.selector.start - b.selector.start || a.id.localeCompare(b.id);

export function workspaceReducer(state: WorkspaceState, action: WorkspaceAction): WorkspaceState {
  switch (action.type) {
    case "saved":
      return {
        ...state,
        claims: [...state.claims.filter((c) => c.id !== action.claim.id), action.claim].sort(byStart),
        ...(action.choose && { activeId: action.claim.id }),
      };
    case "removed":
      return { ...state, claims: state.claims.filter((c) => c.id !== action.id), activeId: state.activeId === action.id ? null : state.activeId };
    case "choose":
      return { ...state, activeId: action.id };
    case "mode":
      return { ...state, mode: action.mode };
    case "pending":
      return { ...state, pending: action.span };
    case "toast":
      return { ...state, toast: action.toast };
    case "formClosed":
      return { ...state, mode: { kind: "idle" }, pending: null };
  }
}

/** Claims anchored in the current revision (highlighted), and those whose words are gone. */
export function splitClaims(claims: ClaimDto[], revisionId: string): { anchored: ClaimDto[]; orphaned: ClaimDto[] } {
  const anchored: ClaimDto[] = [];
  const orphaned: ClaimDto[] = [];
  for (const c of claims) (c.orphaned || c.revisionId !== revisionId ? orphaned : anchored).push(c);
  return { anchored, orphaned };
}

/** J/K: the next (or previous) claim in reading order, wrapping around; the first (or last) when none is chosen. */
export function nextClaimId(claims: ClaimDto[], activeId: string | null, delta: 1 | -1): string | null {
  if (claims.length === 0) return null;
  const i = claims.findIndex((c) => c.id === activeId);
  const next = i === -1 ? (delta === 1 ? 0 : claims.length - 1) : (i + delta + claims.length) % claims.length;
  return claims[next]!.id;
}
