"use client";

import { useRouter } from "next/navigation";
import type { QueueItemDto } from "@/domain/review/schemas";
import type { Role } from "@/domain/vocabulary-words";
import { reviewClaimAction, reviewLinkAction } from "./actions";
import { QUEUE_DECIDED } from "./QueueAnnouncer";
import { ReviewControls } from "./ReviewControls";

/** Approve or send back one queued item, then refresh the queue (the announcer confirms it). */
export function QueueItemActions({ item, viewer }: { item: QueueItemDto; viewer: { userId: string; role: Role } }) {
  const router = useRouter();
  const decide = (input: { version: number; decision: "approve" | "send_back"; comment?: string }) =>
    item.kind === "claim" ? reviewClaimAction(item.id, input) : reviewLinkAction(item.id, input);
  return (
    <ReviewControls<unknown>
      what={item.kind}
      item={{ id: item.id, version: item.version, status: "needs_review", createdBy: item.author?.id ?? null }}
      viewer={viewer}
      decide={decide}
      onDone={(_, message) => {
        window.dispatchEvent(new CustomEvent(QUEUE_DECIDED, { detail: `${message.replace(/\.$/, "")}: “${item.statement}”.` }));
        router.refresh();
      }}
    />
  );
}
