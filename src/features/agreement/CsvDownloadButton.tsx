"use client";

import { agreementCsv } from "@/domain/agreement/csv";
import type { StoryAgreementDto } from "@/domain/agreement/schemas";

/** Builds the agreement CSV from the figures on the page and downloads it. */
export function CsvDownloadButton({ figures, fileName }: { figures: StoryAgreementDto; fileName: string }) {
  const download = () => {
    const url = URL.createObjectURL(new Blob(["\ufeff", agreementCsv(figures)], { type: "text/csv;charset=utf-8" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <button type="button" className="button button-secondary" onClick={download}>
      Download CSV
    </button>
  );
}
