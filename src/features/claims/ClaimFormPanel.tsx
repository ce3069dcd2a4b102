import type { ActionResult } from "@/server/actions/run-action";
import type { ClaimDto } from "@/domain/claims/schemas";
import type { FilledClaim } from "./claim-writes";
import { ClaimForm } from "./ClaimForm";
import { ChangedElsewhere } from "@/features/live/ChangedElsewhere";
import type { Span } from "./dom-offsets";
import type { Mode } from "./workspace-state";
import type { SuggestionDto } from "@/domain/assistance/service";

interface Props {
  mode: Mode;
  /** The claim being edited (mode "edit"). */
  editing?: ClaimDto;
  text: string;
  canApprove: boolean;
  /** The status a new claim starts with (the account's preference). */
  newClaimStatus: "draft" | "approved";
  onCreate: (span: Span, v: FilledClaim, suggestion?: SuggestionDto) => Promise<ActionResult<ClaimDto>>;
  onEdit: (claim: ClaimDto, v: FilledClaim) => Promise<ActionResult<ClaimDto>>;
  onReload: (id: string) => Promise<ClaimDto | null>;
  onCancel: () => void;
}

/** The side panel's form: a new claim on the selected words (or an edited suggestion), or an edit. */
export function ClaimFormPanel({ mode, editing, text, canApprove, newClaimStatus, onCreate, onEdit, onReload, onCancel }: Props) {
  if (mode.kind === "create") {
    const words = text.slice(mode.span.start, mode.span.end);
    const s = mode.suggestion;
    return (
      <ClaimForm
        key={`${mode.span.start}-${mode.span.end}`}
        title={s ? "New claim from a suggestion" : "New claim"}
        quote={words}
        initial={
          s
            ? { statement: s.statement, sourcing: s.sourcing, source: s.source, cue: s.cue, status: newClaimStatus }
            : { statement: words.slice(0, 1000), sourcing: null, source: "", cue: "", status: newClaimStatus }
        }
        canApprove={canApprove}
        onSubmit={(v) => onCreate(mode.span, v, mode.suggestion)}
        onCancel={onCancel}
      />
    );
  }
  if (!editing) return null;
  return (
    <>
      <ChangedElsewhere entity="claim" id={editing.id} version={editing.version} noun="claim" />
      <ClaimForm
        key={editing.id}
        title="Edit claim"
        quote={editing.selector.exact}
        initial={{ statement: editing.statement, sourcing: editing.sourcing, source: editing.source, cue: editing.cue, status: editing.status }}
        canApprove={canApprove}
        onSubmit={(v) => onEdit(editing, v)}
        onReload={() => onReload(editing.id)}
        onCancel={onCancel}
      />
    </>
  );
}
