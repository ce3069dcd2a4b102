"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { QueueItemDto } from "@/domain/review/schemas";
import type { Role } from "@/domain/vocabulary";
import { reviewClaimAction, reviewLinkAction } from "./actions";
import { ReviewControls } from "./ReviewControls";

/** Approve or send back one queued item, then refresh the queue. */
export function QueueItemActions({ item, viewer }: { item: QueueItemDto; viewer: { userId: string; role: Role } }) {
  const router = useRouter();
  const [done, setDone] = useState<string | null>(null);
  if (done) {
    return (
      <p className="alert alert-ok" role="status">
        {done}
      </p>
    );
  }
  const decide = (input: { version: number; decision: "approve" | "send_back"; comment?: string }) =>
    item.kind === "claim" ? reviewClaimAction(item.id, input) : reviewLinkAction(item.id, input);
  return (
    <ReviewControls<unknown>
      what={item.kind}
      item={{ id: item.id, version: item.version, status: "needs_review", createdBy: item.author?.id ?? null }}
      viewer={viewer}
      submit={async () => ({ ok: true, data: null })}
      decide={decide}
      onDone={(_, message) => {
        setDone(message);
        router.refresh();
      }}
    />
  );
}
