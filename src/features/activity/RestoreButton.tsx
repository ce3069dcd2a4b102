"use client";

import { useState } from "react";
import { restoreAction } from "./actions";

export function RestoreButton({ storyId, entity, id, version }: { storyId: string; entity: string; id: string; version: number }) {
  const [state, setState] = useState<"idle" | "done" | string>("idle");
  if (state === "done")
    return (
      <span className="badge badge-status" data-status="approved">
        Restored
      </span>
    );
  return (
    <>
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={async () => {
          const r = await restoreAction(storyId, entity, id, version);
          setState(r.ok ? "done" : r.error.message);
        }}
      >
        Restore
      </button>
      {state !== "idle" && (
        <span className="field-error" role="alert">
          {" "}
          {state}
        </span>
      )}
    </>
  );
}
