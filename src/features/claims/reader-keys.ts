/**
 * The reader's page-wide keys (? S J K N/Enter E X/Delete U Escape), as one function of what the
 * workspace can do; use-reader-shortcuts.ts registers it. Returns false for a key it leaves alone.
 */
import type { ClaimDto } from "@/domain/claims/schemas";
import type { Span } from "./dom-offsets";
import type { Toast } from "./workspace-state";

export interface ReaderKeyContext {
  active?: ClaimDto;
  toast: Toast | null;
  canChange: (c: ClaimDto) => boolean;
  openHelp: () => void;
  startSuggesting: () => void;
  step: (delta: 1 | -1) => void;
  captureSelection: () => Span | null;
  startCreate: (span: Span | null) => void;
  edit: (c: ClaimDto) => void;
  remove: (c: ClaimDto) => void;
  say: (message: string) => void;
  /** Escape: forget the chosen claim, the selection, a re-anchoring. */
  clear: () => void;
}

export function handleReaderKey(e: KeyboardEvent, k: ReaderKeyContext): boolean | void {
  const { key } = e;
  const plain = !e.ctrlKey && !e.metaKey;
  if (key === "?") k.openHelp();
  else if (key === "s" && plain) k.startSuggesting();
  else if (key === "j") k.step(1);
  else if (key === "k") k.step(-1);
  else if ((key === "n" || key === "Enter") && plain) {
    const span = k.captureSelection();
    if (!span && key === "Enter") return false;
    k.startCreate(span);
  } else if (key === "e" && k.active) {
    if (k.canChange(k.active)) k.edit(k.active);
    else k.say("Only its author or an editor can edit this claim.");
  } else if ((key === "Delete" || key === "x") && k.active) k.remove(k.active);
  else if ((key === "u" || (key === "z" && !plain)) && k.toast?.undo) k.toast.undo();
  else if (key === "Escape") k.clear();
  else return false;
}
