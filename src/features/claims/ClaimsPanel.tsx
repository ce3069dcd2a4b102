import type { Dispatch, SetStateAction } from "react";
import type { ClaimDto } from "@/domain/claims/schemas";
import type { PropositionDto } from "@/domain/propositions/schemas";
import type { Role } from "@/domain/vocabulary-words";
import { ClaimsList } from "./ClaimsList";
import { OrphanedClaimsList } from "./OrphanedClaimsList";
import type { WorkspaceAction } from "./workspace-state";

interface Props {
  storyId: string;
  anchored: ClaimDto[];
  orphaned: ClaimDto[];
  activeId: string | null;
  propositions: PropositionDto[];
  setPropositions: Dispatch<SetStateAction<PropositionDto[]>>;
  viewer: { userId: string; role: Role };
  canChange: (c: ClaimDto) => boolean;
  dispatch: Dispatch<WorkspaceAction>;
  onChoose: (id: string) => void;
  onDelete: (c: ClaimDto) => void;
}

/** The side panel at rest: claims that need repair, then the article's claims. */
export function ClaimsPanel({ storyId, anchored, orphaned, activeId, propositions, setPropositions, viewer, canChange, dispatch, onChoose, onDelete }: Props) {
  return (
    <div className="card">
      <OrphanedClaimsList
        claims={orphaned}
        canChange={canChange}
        onRepair={(c) => dispatch({ type: "mode", mode: { kind: "repair", claimId: c.id } })}
        onDelete={onDelete}
      />
      <ClaimsList
        storyId={storyId}
        claims={anchored}
        activeId={activeId}
        propositions={propositions}
        viewer={viewer}
        canChange={canChange}
        onChoose={onChoose}
        onEdit={(c) => dispatch({ type: "mode", mode: { kind: "edit", claimId: c.id } })}
        onDelete={onDelete}
        onLinked={(p, link) =>
          setPropositions((list) => [...list.filter((x) => x.id !== p.id), { ...p, links: [...p.links.filter((l) => l.id !== link.id), link] }])
        }
        onChanged={(claim, message) => {
          dispatch({ type: "saved", claim });
          dispatch({ type: "toast", toast: { message } });
        }}
      />
    </div>
  );
}
