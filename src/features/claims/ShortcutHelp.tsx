"use client";

import { useEffect, useRef } from "react";

export const shortcuts: [keys: string, action: string][] = [
  ["Select text, then N or Enter", "Record a claim on the selected words"],
  ["Shift + ← / →", "Extend the selection by a word (text focused)"],
  ["J / K", "Next / previous claim"],
  ["E", "Edit the chosen claim"],
  ["Delete or X", "Delete the chosen claim"],
  ["U or Ctrl + Z", "Undo the last delete"],
  ["1 / 2 / 3 (Alt + 1/2/3 in a text field)", "Sourcing: confirmed / attributed / speculative"],
  ["Ctrl + Enter", "Save the claim"],
  ["Esc", "Cancel, or clear the selection"],
  ["?", "Show or hide this help"],
];

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  return (
    <div className="overlay" role="presentation" onClick={onClose}>
      <div
        className="card"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcut-help-title"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === "Escape" || e.key === "?") {
            e.preventDefault();
            onClose();
          }
        }}
      >
        <h2 id="shortcut-help-title">Keyboard shortcuts</h2>
        <dl className="shortcut-list">
          {shortcuts.map(([keys, action]) => (
            <div key={keys} style={{ display: "contents" }}>
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd style={{ margin: 0 }}>{action}</dd>
            </div>
          ))}
        </dl>
        <button ref={closeRef} type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
