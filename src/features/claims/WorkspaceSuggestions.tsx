import type { Dispatch } from "react";
import { SuggestionsPanel } from "@/features/assistance/SuggestionsPanel";
import type { useSuggestionsMode } from "./use-suggestions-mode";
import type { WorkspaceAction } from "./workspace-state";

/** Suggestions mode in the side panel: edit one into the claim form, or accept it as it is. */
export function WorkspaceSuggestions({
  articleId,
  canDecide,
  suggestions,
  dispatch,
}: {
  articleId: string;
  canDecide: boolean;
  suggestions: ReturnType<typeof useSuggestionsMode>;
  dispatch: Dispatch<WorkspaceAction>;
}) {
  return (
    <SuggestionsPanel
      articleId={articleId}
      canDecide={canDecide}
      reloadKey={suggestions.reloadKey}
      onShow={suggestions.show}
      onEdit={(sg) => dispatch({ type: "mode", mode: { kind: "create", span: { start: sg.selector.start, end: sg.selector.end }, suggestion: sg } })}
      onAccepted={(claim) => {
        dispatch({ type: "saved", claim });
        dispatch({ type: "toast", toast: { message: `Claim saved: “${claim.statement.slice(0, 80)}”.` } });
      }}
      onClose={suggestions.close}
    />
  );
}
