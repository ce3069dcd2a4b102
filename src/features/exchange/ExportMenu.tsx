/** The story's "Export" menu: one download per format, for every role (viewers read and export). */
const formats = [
  { format: "json", label: "Claimboard story (JSON)", hint: "Everything, to import elsewhere" },
  { format: "csv", label: "Claims spreadsheet (CSV)", hint: "One row per claim" },
  { format: "w3c", label: "Web Annotations (JSON-LD)", hint: "W3C annotation tools" },
  { format: "claimreview", label: "ClaimReview (JSON-LD)", hint: "Fact-check verdicts, schema.org" },
  { format: "pdf", label: "Story report (PDF)", hint: "Figures, matrix and claims, for meetings" },
] as const;

export function ExportMenu({ storyId }: { storyId: string }) {
  return (
    <details className="menu">
      <summary className="button button-secondary">Export</summary>
      <ul className="menu-list" aria-label="Export formats">
        {formats.map((f) => (
          <li key={f.format}>
            <a href={`/api/v1/stories/${storyId}/export?format=${f.format}`} download>
              <span className="menu-label">{f.label}</span>
              <span className="menu-hint">{f.hint}</span>
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
