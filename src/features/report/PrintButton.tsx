"use client";

/** Opens the browser's print dialog: the print stylesheet (report.module.css) makes the page a clean document. */
export function PrintButton() {
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      Print report
    </button>
  );
}
