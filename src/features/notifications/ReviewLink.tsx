"use client";
/** "Review (N)" in the header for reviewers, kept current live; the queue page refreshes when it changes. */
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { onMyChannel } from "./me-channel";

export function ReviewLink({ initialPending }: { initialPending: number | null }) {
  const [pending, setPending] = useState(initialPending);
  const router = useRouter();
  const path = usePathname();
  useEffect(() => {
    if (initialPending === null) return;
    return onMyChannel("queue", (raw) => {
      setPending((raw as { pending: number | null }).pending);
      if (path === "/review") router.refresh();
    });
  }, [initialPending, path, router]);
  return <Link href="/review">Review{pending ? ` (${pending})` : ""}</Link>;
}
