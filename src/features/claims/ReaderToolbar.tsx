import type { ClaimDto } from "@/domain/claims/schemas";

interface Props {
  canCreate: boolean;
  suggesting: boolean;
  onToggleSuggestions: () => void;
  onHelp: () => void;
  /** The claim being re-anchored, if any: the bar says how and offers Cancel. */
  repairing?: ClaimDto;
  onCancelRepair: () => void;
}

/** Above the article's text: how to record a claim, Suggestions and Shortcuts, and the re-anchoring bar. */
export function ReaderToolbar({ canCreate, suggesting, onToggleSuggestions, onHelp, repairing, onCancelRepair }: Props) {
  return (
    <>
      <div className="reader-toolbar">
        <span className="hint">
          {canCreate
            ? "Select words, then press N (or Enter) or Record claim to record a claim. J/K move between claims."
            : "Read-only: viewers cannot record claims."}
        </span>
        <span className="toolbar-buttons">
          <button type="button" className="button button-secondary button-small" aria-pressed={suggesting} onClick={onToggleSuggestions}>
            Suggestions <kbd>S</kbd>
          </button>
          <button type="button" className="button button-secondary button-small" onClick={onHelp}>
            Shortcuts <kbd>?</kbd>
          </button>
        </span>
      </div>
      {repairing && (
        <div className="alert repair-bar" role="status">
          Re-anchoring “{repairing.statement}”: select its words in the text, then press <kbd>Enter</kbd>.{" "}
          <button type="button" className="button button-secondary button-small" onClick={onCancelRepair}>
            Cancel
          </button>
        </div>
      )}
    </>
  );
}
