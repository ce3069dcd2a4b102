"use client";

import type { KeyboardEvent, MouseEvent, Ref } from "react";
import type { ClaimDto } from "@/domain/claims/schemas";
import type { Paragraph, Segment } from "./segments";

const CUE_NAMES: Record<string, string> = {
  hedge: "hedge",
  reporting: "reporting verb",
  quotation: "quotation",
  confirmation: "confirmation",
};

/** Suggestions mode: the suggestion's words and its cue words (a class and a title, not colour alone). */
function overlayClass(s: Segment): string {
  return `${s.focused ? " sugg-span" : ""}${s.cue ? ` cue cue-${s.cue}` : ""}`;
}
const cueTitle = (s: Segment) => (s.cue ? `Cue: ${CUE_NAMES[s.cue] ?? s.cue}` : undefined);

interface Props {
  paragraphs: Paragraph[];
  claimsById: Map<string, ClaimDto>;
  activeId: string | null;
  /** Claims to emphasise besides the active one (counterparts in the side-by-side reader). */
  highlightIds?: Set<string>;
  textRef: Ref<HTMLDivElement>;
  onHighlightEnter: (el: HTMLElement, claimId: string) => void;
  onHighlightLeave: () => void;
  onHighlightChoose: (claimId: string) => void;
  onKeyDown?: (e: KeyboardEvent<HTMLDivElement>) => void;
  onMouseUp?: (e: MouseEvent<HTMLDivElement>) => void;
  label: string;
}

/**
 * The article's text, paragraph by paragraph, with every claim highlighted in its sourcing colour.
 * Each paragraph and segment carries its text offsets (data-s/data-e) so selections map back to
 * the text exactly; the sourcing marker after a claim is a CSS pseudo-element, not text.
 */
export function ArticleText({
  paragraphs,
  claimsById,
  activeId,
  highlightIds,
  textRef,
  onHighlightEnter,
  onHighlightLeave,
  onHighlightChoose,
  onKeyDown,
  onMouseUp,
  label,
}: Props) {
  return (
    <div
      className="reader-text"
      ref={textRef}
      tabIndex={0}
      role="document"
      aria-label={label}
      onKeyDown={onKeyDown}
      onMouseUp={onMouseUp}
      onMouseLeave={onHighlightLeave}
    >
      {paragraphs.map((p) => (
        <p key={p.start} data-s={p.start} data-e={p.end}>
          {p.segments.map((s) => {
            if (s.claimIds.length === 0) {
              // A cue word is its own segment (a <mark> with data-seg), so offsets map as for any other.
              if (s.cue) {
                return (
                  <mark key={s.start} data-seg="" data-s={s.start} data-e={s.end} data-cue={s.cue} className={overlayClass(s).trim()} title={cueTitle(s)}>
                    {s.text}
                  </mark>
                );
              }
              return (
                <span key={s.start} data-seg="" data-s={s.start} data-e={s.end} className={s.focused ? "sugg-span" : undefined}>
                  {s.text}
                </span>
              );
            }
            const id = s.claimIds[s.claimIds.length - 1]!;
            const claim = claimsById.get(id);
            if (!claim)
              return (
                <span key={s.start} data-seg="" data-s={s.start} data-e={s.end}>
                  {s.text}
                </span>
              );
            const ending = s.endingIds.map((e) => claimsById.get(e)?.sourcing).filter(Boolean);
            // The segment where the claim starts is its scroll target. Highlights are not tab stops:
            // in Chromium a focusable element cannot start a drag selection, and analysts select
            // across highlights all the time; J/K (and the claims list) reach claims by keyboard.
            const first = claim.selector.start === s.start;
            return (
              <mark
                key={s.start}
                data-seg=""
                data-s={s.start}
                data-e={s.end}
                className={`hl hl-${claim.sourcing}${s.claimIds.includes(activeId ?? "") || s.claimIds.some((c) => highlightIds?.has(c)) ? " is-active" : ""}${ending.length ? ` hl-end hl-end-${ending[ending.length - 1]}` : ""}${overlayClass(s)}`}
                title={cueTitle(s)}
                data-cue={s.cue}
                data-claim={id}
                data-claims={s.claimIds.join(" ")}
                data-depth={Math.min(s.claimIds.length, 3)}
                data-first={first ? id : undefined}
                onMouseEnter={(e) => onHighlightEnter(e.currentTarget, id)}
                onClick={() => {
                  // A click that ends a text selection is the start of a new claim, not a choice.
                  if (window.getSelection()?.isCollapsed !== false) onHighlightChoose(id);
                }}
              >
                {s.text}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
}
