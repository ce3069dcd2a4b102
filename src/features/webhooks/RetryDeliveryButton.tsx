"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { retryDeliveryAction } from "./actions";

export function RetryDeliveryButton({ webhookId, deliveryId, event }: { webhookId: string; deliveryId: string; event: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={async () => {
          const r = await retryDeliveryAction(webhookId, deliveryId);
          if (!r.ok) return setError(r.error.message);
          router.refresh();
        }}
      >
        Retry now<span className="visually-hidden"> {event}</span>
      </button>
      {error && (
        <span className="field-error" role="alert">
          {" "}
          {error}
        </span>
      )}
    </>
  );
}
