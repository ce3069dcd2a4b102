"use client";

import type { RefObject } from "react";
import { type Asker, can } from "@/domain/auth/can";
import type { Span } from "./dom-offsets";
import { useTextSelection } from "./useTextSelection";

interface Props {
  /** The rendered article text; the button is placed in the same positioned container. */
  textRef: RefObject<HTMLElement | null>;
  text: string;
  viewer: Asker;
  label?: string;
  /** Called with the selected span, as pressing N does with the selection. */
  onChoose: (span: Span) => void;
}

/** Widest the button is drawn (CSS .selection-action), to keep it inside the text's card. */
const BUTTON_WIDTH = 150;

/**
 * "Record claim" beside the words selected in the article text, for touch screens (no N key) and
 * for the mouse alike. It sits just below the selection's lowest line, so it never covers the
 * words (or, on touch screens, their handles; the browser's own menu goes above), and it follows
 * the text in the tab order, so Shift+arrows, then Tab and Enter, reach it too.
 */
export function SelectionActionButton({ textRef, text, viewer, label = "Record claim", onChoose }: Props) {
  const selection = useTextSelection(textRef, text);
  if (!selection || !can(viewer, "create")) return null;
  const left = Math.max(0, Math.min(selection.left, selection.width - BUTTON_WIDTH));
  return (
    <button
      type="button"
      className="button selection-action"
      style={{ top: selection.bottom, left }}
      // Pressing the button must not move the selection it acts on (a tap or click would clear it).
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => onChoose(selection.span)}
    >
      {label}
    </button>
  );
}
