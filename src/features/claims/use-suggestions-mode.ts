"use client";

import { useState } from "react";
import type { SuggestionDto } from "@/domain/assistance/service";

/**
 * Suggestions mode: whether it is on, the suggestion being looked at (its words and cues are marked
 * in the text), and a key that reloads the list after a claim is saved.
 */
export function useSuggestionsMode() {
  const [on, setOn] = useState(false);
  const [reloadKey, setReloadKey] = useState(0);
  const [shown, setShown] = useState<SuggestionDto | null>(null);
  return {
    on,
    shown: on ? shown : null,
    reloadKey,
    start: () => setOn(true),
    toggle: () => setOn((v) => !v),
    show: setShown,
    refresh: () => setReloadKey((k) => k + 1),
    close: () => {
      setOn(false);
      setShown(null);
      window.getSelection()?.removeAllRanges();
    },
  };
}
