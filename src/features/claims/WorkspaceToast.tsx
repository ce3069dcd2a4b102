"use client";

import { useEffect } from "react";
import type { Toast } from "./workspace-state";

/** The workspace's passing message, with Undo when the last action can be undone; it fades after 8 s. */
export function WorkspaceToast({ toast, onExpire }: { toast: Toast | null; onExpire: () => void }) {
  useEffect(() => {
    if (!toast) return;
    const t = setTimeout(onExpire, 8000);
    return () => clearTimeout(t);
  }, [toast, onExpire]);
  if (!toast) return null;
  return (
    <div className="toast" role="status" aria-live="polite">
      <span>{toast.message}</span>
      {toast.undo && (
        <button type="button" className="button button-secondary" onClick={toast.undo}>
          Undo <kbd>U</kbd>
        </button>
      )}
    </div>
  );
}
