"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ClaimDto } from "@/domain/claims/schemas";
import { sourcingLabel } from "@/domain/vocabulary";
import type { Paragraph } from "./segments";
import { SourcingBadge, StatusBadge, sourcingMarker } from "./SourcingBadge";

interface Props {
  paragraphs: Paragraph[];
  claims: ClaimDto[];
}

interface Tip {
  claim: ClaimDto;
  top: number;
  left: number;
}

/**
 * The article text with every claim highlighted in its sourcing colour (plus a marker), and the
 * claims list beside it. Hovering or focusing a highlight shows its claim; choosing one selects it
 * in the list, and the other way round.
 */
export function ArticleReader({ paragraphs, claims }: Props) {
  const byId = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  const textRef = useRef<HTMLDivElement>(null);

  const activate = useCallback((id: string, scrollTo: "text" | "list" | null) => {
    setActiveId(id);
    const target =
      scrollTo === "text"
        ? textRef.current?.querySelector<HTMLElement>(`mark[data-first="${id}"]`)
        : scrollTo === "list"
          ? document.getElementById(`claim-${id}`)
          : null;
    target?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, []);

  // A link to "#claim-<id>" (from the story page) selects that claim once the page has painted.
  useEffect(() => {
    const fromHash = () => {
      const id = window.location.hash.replace(/^#claim-/, "");
      if (id && byId.has(id)) activate(id, "text");
    };
    const frame = requestAnimationFrame(fromHash);
    window.addEventListener("hashchange", fromHash);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("hashchange", fromHash);
    };
  }, [byId, activate]);

  function showTip(el: HTMLElement, claimId: string) {
    const claim = byId.get(claimId);
    const box = textRef.current?.getBoundingClientRect();
    if (!claim || !box) return;
    const r = el.getBoundingClientRect();
    setTip({ claim, top: r.bottom - box.top + 6, left: Math.max(0, r.left - box.left) });
  }

  const innermost = (ids: string[]) => ids[ids.length - 1]!;

  return (
    <div className="reader">
      <div className="card" style={{ position: "relative" }}>
        <div className="reader-text" ref={textRef} onMouseLeave={() => setTip(null)}>
          {paragraphs.map((p) => (
            <p key={p.start}>
              {p.segments.map((s) => {
                if (s.claimIds.length === 0) return <span key={s.start}>{s.text}</span>;
                const id = innermost(s.claimIds);
                const claim = byId.get(id)!;
                // The segment where the claim starts is its keyboard stop and scroll target.
                const first = claim.selector.start === s.start;
                return (
                  <span key={s.start}>
                    <mark
                      className={`hl hl-${claim.sourcing}${s.claimIds.includes(activeId ?? "") ? " is-active" : ""}`}
                      data-claim={id}
                      data-claims={s.claimIds.join(" ")}
                      data-depth={Math.min(s.claimIds.length, 3)}
                      data-first={first ? id : undefined}
                      tabIndex={first ? 0 : -1}
                      aria-describedby={first ? `claim-statement-${id}` : undefined}
                      onMouseEnter={(e) => showTip(e.currentTarget, id)}
                      onFocus={(e) => showTip(e.currentTarget, id)}
                      onBlur={() => setTip(null)}
                      onClick={() => activate(id, "list")}
                      onKeyDown={(e) => {
                        if (e.key === "Enter" || e.key === " ") {
                          e.preventDefault();
                          activate(id, "list");
                        }
                      }}
                    >
                      {s.text}
                    </mark>
                    {s.endingIds.map((endId) => {
                      const c = byId.get(endId)!;
                      return (
                        <sup key={endId} className="hl-marker" style={{ color: `var(--${c.sourcing})` }} aria-hidden="true" title={sourcingLabel[c.sourcing]}>
                          {sourcingMarker[c.sourcing]}
                        </sup>
                      );
                    })}
                  </span>
                );
              })}
            </p>
          ))}
        </div>
        {tip && (
          <div className="tooltip" role="tooltip" style={{ top: tip.top, left: tip.left }}>
            <div style={{ marginBottom: "0.25rem" }}>
              <SourcingBadge sourcing={tip.claim.sourcing} />
              {tip.claim.source && <span>{tip.claim.source}</span>}
            </div>
            <strong>{tip.claim.statement}</strong>
          </div>
        )}
      </div>
      <aside className="card reader-side" aria-label="Claims in this article">
        <h2>Claims ({claims.length})</h2>
        {claims.length === 0 && <p className="muted">No claims recorded in this article yet.</p>}
        <ol className="claim-list">
          {claims.map((c) => (
            <li
              key={c.id}
              id={`claim-${c.id}`}
              className={`claim-item${activeId === c.id ? " is-active" : ""}`}
              data-sourcing={c.sourcing}
            >
              <button
                type="button"
                onClick={() => activate(c.id, "text")}
                style={{ all: "unset", cursor: "pointer", display: "block", width: "100%" }}
                aria-pressed={activeId === c.id}
              >
                <div className="claim-statement" id={`claim-statement-${c.id}`}>
                  {c.statement}
                </div>
                <div className="claim-meta">
                  <SourcingBadge sourcing={c.sourcing} />
                  {c.source && <span>{c.source}</span>}
                  <StatusBadge status={c.status} />
                  {c.orphaned && <span className="badge badge-orphaned">Orphaned</span>}
                </div>
              </button>
            </li>
          ))}
        </ol>
      </aside>
    </div>
  );
}
