"use client";

import { type RefObject, useEffect, useRef } from "react";
import type { SuggestionDto } from "@/domain/assistance/service";
import { selectSpan } from "./dom-offsets";

/** After the text re-renders with a suggestion marked, selects its words and brings them into view. */
export function useShownSuggestion(textRef: RefObject<HTMLDivElement | null>, shown: SuggestionDto | null) {
  useEffect(() => {
    if (!shown || !textRef.current) return;
    selectSpan(textRef.current, { start: shown.selector.start, end: shown.selector.end });
    textRef.current.querySelector(`[data-s="${shown.selector.start}"]`)?.scrollIntoView({ block: "center" });
  }, [textRef, shown]);
}

/** "#claim-<id>" in the address chooses that claim once the page has painted, and on every hash change. */
export function useClaimFromHash(choose: (id: string) => unknown) {
  const latest = useRef(choose);
  useEffect(() => {
    latest.current = choose;
  });
  useEffect(() => {
    const fromHash = () => {
      const id = window.location.hash.replace(/^#claim-/, "");
      if (id) latest.current(id);
    };
    const frame = requestAnimationFrame(fromHash);
    window.addEventListener("hashchange", fromHash);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("hashchange", fromHash);
    };
  }, []);
}
