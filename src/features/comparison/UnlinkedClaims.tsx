"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import type { Sourcing, Stance } from "@/domain/vocabulary-words";
import { createPropositionAction, linkClaimAction } from "@/features/propositions/actions";
import { SourcingBadge } from "@/features/claims/SourcingBadge";
import { stanceView } from "./CellView";

export interface UnlinkedClaim {
  id: string;
  articleId: string;
  statement: string;
  exact: string;
  sourcing: Sourcing;
  /** The proposition whose wording matches best, offered first. */
  suggestedId: string | null;
}

interface Props {
  storyId: string;
  claims: UnlinkedClaim[];
  /** How many unlinked claims there are in all (the list may show the first ones). */
  total: number;
  articleTitles: Record<string, string>;
  propositions: { id: string; statement: string }[];
  /** From the domain permissions (canChangeContent "create"): whether the viewer may link and create. */
  canLink: boolean;
  /** Where the whole list is, when this one shows only the first claims. */
  moreHref?: string;
}

/**
 * Claims that speak to no proposition, each with one step to link it to the best-matching
 * proposition (or another one), or to make a new proposition of it. The same server actions as
 * the side-by-side reader; the domain decides who may.
 */
export function UnlinkedClaims({ storyId, claims, total, articleTitles, propositions, canLink, moreHref }: Props) {
  if (total === 0) return null;
  return (
    <section className="card unlinked-claims" aria-labelledby="unlinked-title">
      <h2 id="unlinked-title">Claims that speak to no proposition ({total})</h2>
      <p className="muted small">
        They are not in the comparison yet.{" "}
        {canLink ? "Link each to the proposition it speaks to, or make a new proposition of it." : "Analysts and editors can link them to propositions."}
      </p>
      <ul className="unlinked-list">
        {claims.map((c) => (
          <UnlinkedClaimItem
            key={c.id}
            storyId={storyId}
            claim={c}
            articleTitle={articleTitles[c.articleId] ?? ""}
            propositions={propositions}
            canLink={canLink}
          />
        ))}
      </ul>
      {claims.length < total && (
        <p className="small">
          Showing {claims.length} of {total}.
          {moreHref && (
            <>
              {" "}
              <Link href={moreHref}>See them all</Link>
            </>
          )}
        </p>
      )}
    </section>
  );
}

function UnlinkedClaimItem({
  storyId,
  claim,
  articleTitle,
  propositions,
  canLink,
}: {
  storyId: string;
  claim: UnlinkedClaim;
  articleTitle: string;
  propositions: Props["propositions"];
  canLink: boolean;
}) {
  const router = useRouter();
  const id = useId();
  const [propositionId, setPropositionId] = useState(claim.suggestedId ?? propositions[0]?.id ?? "");
  const [stance, setStance] = useState<Stance>("supports");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (fn: () => Promise<string | null>) => {
    setBusy(true);
    const problem = await fn();
    setBusy(false);
    setError(problem);
    if (!problem) router.refresh();
  };
  const link = () =>
    run(async () => {
      const r = await linkClaimAction(storyId, propositionId, { claimId: claim.id, stance });
      return r.ok ? null : r.error.message;
    });
  const create = () =>
    run(async () => {
      const p = await createPropositionAction(storyId, { statement: claim.statement });
      if (!p.ok) return p.error.message;
      const r = await linkClaimAction(storyId, p.data.id, { claimId: claim.id, stance });
      return r.ok ? null : r.error.message;
    });

  return (
    <li className="unlinked-item" data-claim-id={claim.id}>
      <div>
        {/* The statement links to the claim in its article, as on the claims page. */}
        <Link className="claim-statement" href={`/stories/${storyId}/articles/${claim.articleId}#claim-${claim.id}`}>
          {claim.statement}
        </Link>{" "}
        <SourcingBadge sourcing={claim.sourcing} /> <span className="muted small">in “{articleTitle}”</span>
      </div>
      <blockquote className="claim-quote">{claim.exact}</blockquote>
      {canLink && (
        <form
          className="unlinked-form"
          aria-label={`Link the claim “${claim.statement}”`}
          onSubmit={(e) => {
            e.preventDefault();
            if (propositionId) void link();
          }}
        >
          <label htmlFor={`${id}-stance`} className="small">
            This claim
          </label>
          <select id={`${id}-stance`} value={stance} onChange={(e) => setStance(e.target.value as Stance)}>
            {(["supports", "contradicts"] as const).map((s) => (
              <option key={s} value={s}>
                {stanceView[s].label.toLowerCase()}
              </option>
            ))}
          </select>
          {propositions.length > 0 && (
            <>
              <label htmlFor={`${id}-proposition`} className="visually-hidden">
                Proposition
              </label>
              <select id={`${id}-proposition`} value={propositionId} onChange={(e) => setPropositionId(e.target.value)}>
                {propositions.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.id === claim.suggestedId ? `${p.statement} (best match)` : p.statement}
                  </option>
                ))}
              </select>
              <button type="submit" className="button button-small" disabled={busy}>
                Link
              </button>
            </>
          )}
          <button type="button" className="button button-secondary button-small" disabled={busy} onClick={() => void create()}>
            New proposition from this claim
          </button>
          {error && (
            <span className="field-error" role="alert">
              {error}
            </span>
          )}
        </form>
      )}
    </li>
  );
}
