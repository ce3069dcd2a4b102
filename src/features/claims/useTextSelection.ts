"use client";

import { type RefObject, useEffect, useState } from "react";
import { selectionSpan, type Span } from "./dom-offsets";

/** The words selected in the article text, and where the selection's lowest line is drawn. */
export interface TextSelection {
  span: Span;
  /** Pixels from the top of the text's positioned container to the bottom of the selection. */
  bottom: number;
  /** Pixels from the container's left edge to the start of the selection's last line. */
  left: number;
  /** The container's width, to keep whatever is placed there inside it. */
  width: number;
}

/**
 * The current selection inside `rootRef` (the rendered article text) as a span of `text`, kept up
 * to date from the document's `selectionchange`: touch handles, a mouse, Shift+arrows or a script
 * all end there. While a mouse button is held down in the text the selection is still being drawn,
 * so it is reported when the button comes up. Null when nothing inside the text is selected.
 */
export function useTextSelection(rootRef: RefObject<HTMLElement | null>, text: string): TextSelection | null {
  const [selection, setSelection] = useState<TextSelection | null>(null);

  useEffect(() => {
    let dragging = false;
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const root = rootRef.current;
        const container = root?.offsetParent ?? root?.parentElement;
        const span = root && !dragging ? selectionSpan(root, text) : null;
        const sel = window.getSelection();
        if (!root || !container || !span || !sel || sel.rangeCount === 0) return setSelection(null);
        const rects = [...sel.getRangeAt(0).getClientRects()].filter((r) => r.width > 0 && r.height > 0);
        if (rects.length === 0) return setSelection(null);
        const lowest = rects.reduce((a, b) => (b.bottom >= a.bottom ? b : a));
        const box = container.getBoundingClientRect();
        setSelection({
          span,
          bottom: Math.max(...rects.map((r) => r.bottom)) - box.top,
          left: lowest.left - box.left,
          width: box.width,
        });
      });
    };
    const down = (e: PointerEvent) => {
      if (e.pointerType !== "mouse" || !(e.target instanceof Node) || !rootRef.current?.contains(e.target)) return;
      dragging = true;
      setSelection(null);
    };
    const up = () => {
      if (!dragging) return;
      dragging = false;
      measure();
    };
    measure();
    document.addEventListener("selectionchange", measure);
    document.addEventListener("pointerdown", down);
    document.addEventListener("pointerup", up);
    window.addEventListener("resize", measure);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener("selectionchange", measure);
      document.removeEventListener("pointerdown", down);
      document.removeEventListener("pointerup", up);
      window.removeEventListener("resize", measure);
    };
  }, [rootRef, text]);

  return selection;
}
