"use client";

import Link from "next/link";
import { createContext, type ReactNode, useContext, useEffect, useState } from "react";
import type { PropositionDto } from "@/domain/propositions/schemas";
import type { Role } from "@/domain/vocabulary-words";
import { CommentThread } from "@/features/comments/CommentThread";
import { PropositionEditor } from "@/features/propositions/PropositionEditor";
import { SourcingBadge } from "@/features/claims/SourcingBadge";
import { loadMatrixRowAction } from "./actions";
import { stanceView } from "./CellView";

/** What every row of one matrix shares, given once instead of with each row. */
export interface MatrixShared {
  storyId: string;
  /** The story's change stamp: an opened row reloads its claims when it moves (after any write). */
  stamp: string;
  articleTitles: Record<string, string>;
  canEdit: boolean;
  canReview: boolean;
  viewer: { userId: string; role: Role };
}

const MatrixContext = createContext<MatrixShared | null>(null);

export function MatrixProvider({ value, children }: { value: MatrixShared; children: ReactNode }) {
  return <MatrixContext.Provider value={value}>{children}</MatrixContext.Provider>;
}

type Loaded = { stamp: string; proposition: PropositionDto | null } | { stamp: string; error: string };

/**
 * A matrix row's claims, proposition editor and comments, loaded when the row is first opened (and
 * again when the story changes while it is open), so the dashboard's first paint carries only the
 * matrix itself.
 */
export function MatrixRowDetails({ propositionId, summary }: { propositionId: string; summary: ReactNode }) {
  const shared = useContext(MatrixContext);
  if (!shared) throw new Error("MatrixRowDetails must be inside a MatrixProvider");
  const { storyId, stamp } = shared;
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    if (!open || loaded?.stamp === stamp) return;
    let live = true;
    void loadMatrixRowAction(storyId, propositionId).then((r) => {
      if (!live) return;
      setLoaded(r.ok ? { stamp, proposition: r.data } : { stamp, error: r.error.message });
    });
    return () => {
      live = false;
    };
  }, [open, loaded?.stamp, stamp, storyId, propositionId]);

  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && <RowBody shared={shared} propositionId={propositionId} loaded={loaded} />}
    </details>
  );
}

function RowBody({ shared, propositionId, loaded }: { shared: MatrixShared; propositionId: string; loaded: Loaded | null }) {
  const { storyId, articleTitles, canEdit, canReview, viewer } = shared;
  if (!loaded)
    return (
      <p className="muted small" role="status">
        Loading the claims…
      </p>
    );
  if ("error" in loaded)
    return (
      <p className="error" role="alert">
        {loaded.error}
      </p>
    );
  const p = loaded.proposition;
  if (!p) return <p className="muted small">This proposition was deleted.</p>;
  return (
    <>
      <ul className="row-claims">
        {p.links.length === 0 && <li className="muted">No claims linked yet.</li>}
        {p.links.map((l) => (
          <li key={l.id}>
            <strong>{articleTitles[l.articleId]}</strong> · {stanceView[l.stance].label.toLowerCase()} <SourcingBadge sourcing={l.claim.sourcing} />
            <Link href={`/stories/${storyId}/articles/${l.articleId}#claim-${l.claimId}`} className="claim-quote row-quote">
              {l.claim.exact}
            </Link>
            {l.claim.source && <span className="muted small"> — {l.claim.source}</span>}
            {l.claim.orphaned && <span className="badge badge-orphaned">Orphaned: not counted until repaired</span>}
            {l.note && <div className="row-note">Note: {l.note}</div>}
          </li>
        ))}
      </ul>
      {p.verdict && p.rationale && <p className="small">Rationale: {p.rationale}</p>}
      {/* Keyed by version: after a save elsewhere the editor starts from the current wording. */}
      {canEdit && <PropositionEditor key={p.version} storyId={storyId} proposition={p} canReview={canReview} />}
      <CommentThread type="proposition" targetId={propositionId} viewer={viewer} />
    </>
  );
}
