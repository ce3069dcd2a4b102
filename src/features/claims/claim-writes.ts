/**
 * What the workspace writes: record (from a selection or an edited suggestion), edit, delete with
 * undo, and re-anchor a claim. Each reports through the workspace's reducer.
 */
import type { Dispatch } from "react";
import type { SuggestionDto } from "@/domain/assistance/service";
import type { ClaimDto } from "@/domain/claims/schemas";
import { decideSuggestionAction } from "@/features/assistance/actions";
import { createClaimAction, deleteClaimAction, restoreClaimAction, updateClaimAction } from "./actions";
import type { ClaimFormValues } from "./ClaimForm";
import type { Span } from "./dom-offsets";
import type { WorkspaceAction } from "./workspace-state";

export type FilledClaim = ClaimFormValues & { sourcing: NonNullable<ClaimFormValues["sourcing"]> };

interface Context {
  articleId: string;
  text: string;
  revisionId: string;
  /** The status a new claim's form starts with; a status left as it started is not sent, so the account's preference decides (and its approval is audited as such). */
  newClaimStatus: "draft" | "approved";
  dispatch: Dispatch<WorkspaceAction>;
  /** Closes the form and clears the selection. */
  closeForm: () => void;
  /** A saved claim changes the suggestions (they leave the list). */
  refreshSuggestions: () => void;
}

export function claimWrites({ articleId, text, revisionId, newClaimStatus, dispatch, closeForm, refreshSuggestions }: Context) {
  const chosen = (v: FilledClaim) => ({ ...v, status: v.status === newClaimStatus ? undefined : v.status });
  const toast = (message: string, undo?: () => void) => dispatch({ type: "toast", toast: { message, undo } });
  const saved = (claim: ClaimDto, message: string) => {
    dispatch({ type: "saved", claim, choose: true });
    closeForm();
    toast(message);
  };

  async function create(span: Span, v: FilledClaim, suggestion?: SuggestionDto) {
    if (suggestion) {
      // An edited suggestion is accepted with the editor's wording, and remembered as accepted.
      const { selector } = suggestion;
      const decided = await decideSuggestionAction(articleId, {
        outcome: "accepted",
        exact: selector.exact,
        start: selector.start,
        end: selector.end,
        revisionId: suggestion.revisionId,
        ...chosen(v),
      });
      if (!decided.ok) return decided;
      if (decided.data.outcome === "accepted") {
        saved(decided.data.claim, "Claim saved.");
        refreshSuggestions();
        return { ok: true as const, data: decided.data.claim };
      }
    }
    const result = await createClaimAction(articleId, { start: span.start, end: span.end, exact: text.slice(span.start, span.end), revisionId, ...chosen(v) });
    if (result.ok) {
      saved(result.data, "Claim saved.");
      refreshSuggestions();
    }
    return result;
  }

  async function edit(claim: ClaimDto, v: FilledClaim) {
    const result = await updateClaimAction(claim.id, { version: claim.version, ...v });
    if (result.ok) saved(result.data, "Claim updated.");
    return result;
  }

  async function remove(claim: ClaimDto) {
    const result = await deleteClaimAction(claim.id, claim.version);
    if (!result.ok) return toast(result.error.message);
    dispatch({ type: "removed", id: claim.id });
    const undo = async () => {
      const restored = await restoreClaimAction(claim.id, claim.version + 1);
      if (!restored.ok) return toast(restored.error.message);
      dispatch({ type: "saved", claim: restored.data, choose: true });
      toast("Claim restored.");
    };
    toast(`Deleted “${claim.statement}”.`, () => void undo());
  }

  async function repair(claim: ClaimDto, span: Span) {
    const result = await updateClaimAction(claim.id, { version: claim.version, start: span.start, end: span.end, exact: text.slice(span.start, span.end) });
    if (result.ok) saved(result.data, "Claim anchored to the selected words.");
    else toast(result.error.message);
  }

  return { create, edit, remove, repair };
}
