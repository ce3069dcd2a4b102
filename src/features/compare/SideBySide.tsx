"use client";

import { useMemo, useRef, useState } from "react";
import type { ClaimDto } from "@/domain/claims/schemas";
import type { LinkDto, PropositionDto } from "@/domain/propositions/schemas";
import type { Role } from "@/domain/vocabulary-words";
import { ArticleText } from "@/features/reader/ArticleText";
import { segmentText } from "@/features/reader/segments";
import { createPropositionAction, linkClaimAction, linkMatchAction, unlinkAction } from "./actions";
import { LinkPanel } from "./LinkPanel";

export interface SideArticle {
  id: string;
  title: string;
  byline: string;
  text: string;
  revisionId: string;
  claims: ClaimDto[];
}

interface Props {
  storyId: string;
  a: SideArticle;
  b: SideArticle;
  initialPropositions: PropositionDto[];
  viewer: { userId: string; role: Role };
}

type Side = "a" | "b";

/**
 * Two articles next to each other. Choosing a claim on one side scrolls the other to its
 * counterparts (claims linked to the same propositions) and shows stance, sourcing and notes.
 */
export function SideBySide({ storyId, a, b, initialPropositions, viewer }: Props) {
  const [propositions, setPropositions] = useState(initialPropositions);
  const [active, setActive] = useState<{ side: Side; claimId: string } | null>(null);
  const refs = { a: useRef<HTMLDivElement>(null), b: useRef<HTMLDivElement>(null) };
  const articles = { a, b };
  const canEdit = viewer.role !== "viewer";

  const view = (side: Side) => {
    const art = articles[side];
    const anchored = art.claims.filter((c) => !c.orphaned && c.revisionId === art.revisionId);
    return {
      byId: new Map(anchored.map((c) => [c.id, c])),
      paragraphs: segmentText(art.text, anchored.map((c) => ({ id: c.id, start: c.selector.start, end: c.selector.end }))),
    };
  };
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const views = useMemo(() => ({ a: view("a"), b: view("b") }), [a, b]);

  const other = (side: Side): Side => (side === "a" ? "b" : "a");
  const counterpartIds = useMemo(() => {
    if (!active) return new Set<string>();
    const otherId = articles[other(active.side)].id;
    const ids = propositions
      .filter((p) => p.links.some((l) => l.claimId === active.claimId))
      .flatMap((p) => p.links.filter((l) => l.articleId === otherId).map((l) => l.claimId));
    return new Set(ids);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, propositions]);

  function scrollTo(side: Side, claimId: string) {
    const mark = refs[side].current?.querySelector<HTMLElement>(`mark[data-first="${claimId}"]`);
    mark?.scrollIntoView({ block: "center" });
  }

  function choose(side: Side, claimId: string) {
    setActive({ side, claimId });
    const otherId = articles[other(side)].id;
    const first = propositions
      .filter((p) => p.links.some((l) => l.claimId === claimId))
      .flatMap((p) => p.links.filter((l) => l.articleId === otherId))[0];
    if (first) requestAnimationFrame(() => scrollTo(other(side), first.claimId));
  }

  const upsertLink = (propositionId: string, link: LinkDto) =>
    setPropositions((list) => list.map((p) => (p.id === propositionId ? { ...p, links: [...p.links.filter((l) => l.id !== link.id), link] } : p)));

  const activeClaim = active ? views[active.side].byId.get(active.claimId) : undefined;

  return (
    <div className="side-by-side">
      {(["a", "b"] as const).map((side) => (
        <section key={side} className="card side" aria-labelledby={`side-${side}-title`}>
          <h2 id={`side-${side}-title`}>{articles[side].title}</h2>
          <p className="muted small">{articles[side].byline}</p>
          <div className="side-text">
            <ArticleText
              paragraphs={views[side].paragraphs}
              claimsById={views[side].byId}
              activeId={active?.side === side ? active.claimId : null}
              highlightIds={active?.side !== side ? counterpartIds : undefined}
              textRef={refs[side]}
              label={`Text of “${articles[side].title}”`}
              onHighlightEnter={() => undefined}
              onHighlightLeave={() => undefined}
              onHighlightChoose={(id) => choose(side, id)}
            />
          </div>
        </section>
      ))}
      <div className="side-panel">
        {activeClaim && active ? (
          <LinkPanel
            key={activeClaim.id}
            claim={activeClaim}
            side={active.side}
            propositions={propositions}
            otherTitle={articles[other(active.side)].title}
            otherArticleId={articles[other(active.side)].id}
            canEdit={canEdit}
            onShowCounterpart={(id) => {
              choose(other(active.side), id);
            }}
            onLink={async (propositionId, stance, note) => {
              const r = await linkClaimAction(storyId, propositionId, { claimId: activeClaim.id, stance, note });
              if (!r.ok) return r.error.message;
              upsertLink(propositionId, r.data);
              return null;
            }}
            onCreate={async (statement, stance, note) => {
              const p = await createPropositionAction(storyId, { statement });
              if (!p.ok) return p.error.message;
              const r = await linkClaimAction(storyId, p.data.id, { claimId: activeClaim.id, stance, note });
              if (!r.ok) return r.error.message;
              setPropositions((list) => [...list, { ...p.data, links: [r.data] }]);
              return null;
            }}
            onLinkMatch={async (m, viaPropositionId) => {
              const r = await linkMatchAction(storyId, activeClaim.id, {
                ...(m.claimId ? { matchClaimId: m.claimId, ...(viaPropositionId && { viaPropositionId }) } : { matchPropositionId: m.propositionId }),
                stance: m.stance,
                note: m.reasonText.slice(0, 300),
              });
              if (!r.ok) return r.error.message;
              const changed = r.data.proposition;
              setPropositions((list) => (list.some((p) => p.id === changed.id) ? list.map((p) => (p.id === changed.id ? changed : p)) : [...list, changed]));
              return null;
            }}
            onUnlink={async (link) => {
              const r = await unlinkAction(storyId, link.id, link.version);
              if (!r.ok) return r.error.message;
              setPropositions((list) => list.map((p) => ({ ...p, links: p.links.filter((l) => l.id !== link.id) })));
              return null;
            }}
          />
        ) : (
          <div className="card muted">Choose a highlighted claim in either article to see its counterparts in the other, and to link it.</div>
        )}
      </div>
    </div>
  );
}
