"use client";

import { useSyncExternalStore } from "react";

/** Phone widths, where side by side stacks its columns (the same width as the stylesheet's rule). */
export const NARROW_QUERY = "(max-width: 700px)";

function subscribe(onChange: () => void) {
  const list = window.matchMedia(NARROW_QUERY);
  list.addEventListener("change", onChange);
  return () => list.removeEventListener("change", onChange);
}

/** True on phone widths; false while rendering on the server. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(NARROW_QUERY).matches,
    () => false,
  );
}
