"use client";
/**
 * The reader applies other people's changes to its article's claims as they arrive (issue 16):
 * new claims appear, deleted ones vanish, edits and review decisions show, from the event's record
 * (or one read of the claim when the event carries none). The claim open in the edit form is left
 * as the person opened it (the form says it changed, ChangedElsewhere) and catches up when it closes.
 */
import { type Dispatch, useEffect, useRef } from "react";
import type { ClaimDto } from "@/domain/claims/schemas";
import type { StoryEventDto } from "@/domain/events/schemas";
import { useStoryChanges } from "@/features/live/live-context";
import { getClaimAction } from "./actions";
import type { WorkspaceAction } from "./workspace-state";

export function useLiveClaims(articleId: string, dispatch: Dispatch<WorkspaceAction>, editingId: string | null): void {
  const held = useRef(new Map<string, StoryEventDto>());
  const editing = useRef(editingId);

  async function apply(e: StoryEventDto) {
    if (editing.current === e.entityId) return void held.current.set(e.entityId, e);
    if (e.action === "deleted") return dispatch({ type: "removed", id: e.entityId });
    let claim = e.record as ClaimDto | undefined;
    if (!claim) {
      const read = await getClaimAction(e.entityId);
      if (!read.ok) return dispatch({ type: "removed", id: e.entityId });
      claim = read.data;
    }
    if (claim.articleId === articleId) dispatch({ type: "saved", claim });
  }

  useEffect(() => {
    editing.current = editingId;
    for (const [id, e] of held.current) {
      if (id === editingId) continue;
      held.current.delete(id);
      void apply(e);
    }
  });

  useStoryChanges((e) => {
    if (e.entity !== "claim") return false;
    const record = e.record as ClaimDto | undefined;
    // Claims of other articles are not on this page: nothing to show, nothing to refresh.
    if (!record || record.articleId === articleId) void apply(e);
    return true;
  });
}
