"use client";

import { type RefObject, useEffect, useRef } from "react";

/** What the page-wide keys do; each returns false when the key means nothing just now. */
export type ShortcutHandler = (e: KeyboardEvent) => boolean | void;

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/**
 * Registers the reader's page-wide keyboard shortcuts once (the handler reads the latest state
 * through a ref, so it is not re-registered on every render), except while typing in a field or
 * when `paused` (a dialog or a form is open). Marks `markRef` with data-shortcuts="on" once it
 * listens: a key pressed before hydration is lost, so browser tests wait for it.
 */
export function useReaderShortcuts(handler: ShortcutHandler, paused: boolean, markRef: RefObject<HTMLElement | null>) {
  const latest = useRef({ handler, paused });
  useEffect(() => {
    latest.current = { handler, paused };
  });
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (latest.current.paused || isTyping(e.target) || e.defaultPrevented) return;
      if (latest.current.handler(e) === false) return;
      e.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    markRef.current?.setAttribute("data-shortcuts", "on");
    return () => window.removeEventListener("keydown", onKey);
  }, [markRef]);
}
