import type { ArticleChanges } from "@/domain/revisions/schemas";

/** The article's text diff: deleted words struck through, inserted ones underlined, both named for screen readers. */
export function TextDiffView({ diff }: { diff: ArticleChanges["diff"] }) {
  if (diff.every((d) => d.op === "equal")) return <p className="hint">The text is the same in both revisions.</p>;
  return (
    <div className="text-diff" tabIndex={0} aria-label="The article's text with its changes">
      {diff.map((d, i) =>
        d.op === "equal" ? (
          <span key={i}>{d.text}</span>
        ) : d.op === "insert" ? (
          <ins key={i} aria-label={`added: ${d.text}`}>
            {d.text}
          </ins>
        ) : (
          <del key={i} aria-label={`removed: ${d.text}`}>
            {d.text}
          </del>
        ),
      )}
    </div>
  );
}
