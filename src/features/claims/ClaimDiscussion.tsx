"use client";

import { useState } from "react";
import type { ClaimDto } from "@/domain/claims/schemas";
import type { Role } from "@/domain/vocabulary-words";
import { CommentThread } from "@/features/comments/CommentThread";
import { reviewClaimAction } from "@/features/review/actions";
import { ReviewControls } from "@/features/review/ReviewControls";
import { updateClaimAction } from "./actions";

/** Beside the chosen claim: its review buttons and its comments. */
export function ClaimDiscussion({
  claim,
  viewer,
  onChange,
}: {
  claim: ClaimDto;
  viewer: { userId: string; role: Role };
  onChange: (c: ClaimDto, message: string) => void;
}) {
  // A send-back writes a comment: reload the thread after any decision.
  const [round, setRound] = useState(0);
  return (
    <>
      <ReviewControls
        what="claim"
        item={claim}
        viewer={viewer}
        submit={() => updateClaimAction(claim.id, { version: claim.version, status: "needs_review" })}
        decide={(input) => reviewClaimAction(claim.id, input)}
        onDone={(updated, message) => {
          setRound((r) => r + 1);
          onChange(updated, message);
        }}
      />
      <CommentThread key={round} type="claim" targetId={claim.id} viewer={viewer} />
    </>
  );
}
