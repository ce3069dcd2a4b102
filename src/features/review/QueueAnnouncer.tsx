"use client";

import { useEffect, useState } from "react";

export const QUEUE_DECIDED = "claimboard:queue-decided";

/**
 * The confirmation of a decision in the queue. It sits outside the list, because the decided item
 * leaves the list as soon as the page refreshes.
 */
export function QueueAnnouncer() {
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    const on = (e: Event) => setMessage((e as CustomEvent<string>).detail);
    window.addEventListener(QUEUE_DECIDED, on);
    return () => window.removeEventListener(QUEUE_DECIDED, on);
  }, []);
  return (
    <div role="status" aria-live="polite" className={message ? "alert alert-ok" : "visually-hidden"}>
      {message}
    </div>
  );
}
