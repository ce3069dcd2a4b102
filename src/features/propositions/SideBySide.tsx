"use client";

import { useMemo, useRef, useState, type ReactNode } from "react";
import type { ClaimDto } from "@/domain/claims/schemas";
import type { LinkDto, PropositionDto } from "@/domain/propositions/schemas";
import { can, type Asker } from "@/domain/auth/can";
import { ArticleText } from "@/features/articles/ArticleText";
import { segmentText } from "@/features/articles/segments";
import { createPropositionAction, linkClaimAction, linkMatchAction, unlinkAction } from "./actions";
import { LinkPanel } from "./LinkPanel";
import { useNarrowScreen } from "./use-narrow-screen";
import { useSyncedState } from "@/features/live/use-synced-state";

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
  /** The chosen articles, one column each, in story order. */
  articles: SideArticle[];
  initialPropositions: PropositionDto[];
  viewer: Asker;
}

interface Active {
  articleId: string;
  claimId: string;
}

function columnView(art: SideArticle) {
  const anchored = art.claims.filter((c) => !c.orphaned && c.revisionId === art.revisionId);
  return {
    byId: new Map(anchored.map((c) => [c.id, c])),
    paragraphs: segmentText(
      art.text,
      anchored.map((c) => ({ id: c.id, start: c.selector.start, end: c.selector.end })),
    ),
  };
}

/**
 * The chosen articles as columns next to each other (stacked on phones). Choosing a claim in one
 * column scrolls every other column to its counterparts (claims linked to the same propositions)
 * and shows stance, sourcing and notes per article in the link panel.
 */
export function SideBySide({ storyId, articles, initialPropositions, viewer }: Props) {
  const [propositions, setPropositions] = useSyncedState(initialPropositions);
  const [active, setActive] = useState<Active | null>(null);
  const textRefs = useRef(new Map<string, HTMLDivElement | null>());
  const canEdit = can(viewer, "create");
  const narrow = useNarrowScreen();

  const views = useMemo(() => new Map(articles.map((art) => [art.id, columnView(art)])), [articles]);

  /** Per other column, the claims linked to a proposition the active claim speaks to. */
  const counterpartIds = useMemo(() => {
    if (!active) return new Set<string>();
    const ids = propositions
      .filter((p) => p.links.some((l) => l.claimId === active.claimId))
      .flatMap((p) => p.links.filter((l) => l.articleId !== active.articleId).map((l) => l.claimId));
    return new Set(ids);
  }, [active, propositions]);

  const markOf = (articleId: string, claimId: string) => textRefs.current.get(articleId)?.querySelector<HTMLElement>(`mark[data-first="${claimId}"]`);

  /** Scrolls a column's own text (not the page, not the strip) so that the claim is in its middle. */
  function centreInColumn(articleId: string, claimId: string) {
    const mark = markOf(articleId, claimId);
    const box = mark?.closest<HTMLElement>(".side-text");
    if (!mark || !box) return;
    const m = mark.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    box.scrollTop += m.top - b.top - (b.height - m.height) / 2;
  }

  function choose(articleId: string, claimId: string) {
    setActive({ articleId, claimId });
    const linked = propositions.filter((p) => p.links.some((l) => l.claimId === claimId));
    for (const art of articles) {
      if (art.id === articleId) continue;
      const first = linked.flatMap((p) => p.links.filter((l) => l.articleId === art.id))[0];
      if (first) requestAnimationFrame(() => centreInColumn(art.id, first.claimId));
    }
  }

  /** Shows a claim that may be in any chosen column (a counterpart or a suggested match), bringing its column into view. */
  function show(claimId: string) {
    const art = articles.find((a) => views.get(a.id)?.byId.has(claimId));
    if (!art) return;
    choose(art.id, claimId);
    requestAnimationFrame(() => {
      const mark = markOf(art.id, claimId);
      if (narrow) return mark?.scrollIntoView({ block: "center" });
      mark?.closest("section")?.scrollIntoView({ block: "nearest", inline: "nearest" });
      centreInColumn(art.id, claimId);
    });
  }

  const upsertLink = (propositionId: string, link: LinkDto) =>
    setPropositions((list) => list.map((p) => (p.id === propositionId ? { ...p, links: [...p.links.filter((l) => l.id !== link.id), link] } : p)));

  const activeClaim = active ? views.get(active.articleId)?.byId.get(active.claimId) : undefined;
  const others = articles.filter((a) => a.id !== active?.articleId).map((a) => ({ id: a.id, title: a.title }));

  const panel: ReactNode =
    activeClaim && active ? (
      <LinkPanel
        key={activeClaim.id}
        claim={activeClaim}
        propositions={propositions}
        others={others}
        canEdit={canEdit}
        onShowCounterpart={show}
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
    ) : null;

  return (
    <div className="side-by-side" style={{ ["--columns" as string]: articles.length }}>
      <div className="side-columns" role="region" aria-label={`Article columns (${articles.length})`} tabIndex={0}>
        {articles.map((art, i) => {
          const view = views.get(art.id)!;
          const titleId = `side-${i}-title`;
          return (
            <section key={art.id} className="card side" aria-labelledby={titleId} data-article={art.id}>
              <h2 id={titleId}>{art.title}</h2>
              <p className="muted small">{art.byline}</p>
              <div className="side-text">
                <ArticleText
                  paragraphs={view.paragraphs}
                  claimsById={view.byId}
                  activeId={active?.articleId === art.id ? active.claimId : null}
                  highlightIds={active?.articleId !== art.id ? counterpartIds : undefined}
                  textRef={(el: HTMLDivElement | null) => {
                    textRefs.current.set(art.id, el);
                  }}
                  label={`Text of “${art.title}”`}
                  onHighlightEnter={() => undefined}
                  onHighlightLeave={() => undefined}
                  onHighlightChoose={(id) => choose(art.id, id)}
                />
              </div>
              {/* On phones the panel follows the column of the chosen claim, not the last column. */}
              {narrow && active?.articleId === art.id && panel && <div className="side-panel side-panel-inline">{panel}</div>}
            </section>
          );
        })}
      </div>
      {!narrow && (
        <div className="side-panel">
          {panel ?? <div className="card muted">Choose a highlighted claim in any article to see its counterparts in the others, and to link it.</div>}
        </div>
      )}
      {narrow && !panel && (
        <div className="card muted side-panel-hint">Choose a highlighted claim in any article to see its counterparts in the others, and to link it.</div>
      )}
    </div>
  );
}
