import Link from "next/link";
import type { Comparison } from "@/domain/comparison/compute";
import { classifyRow, type RowKind, rowKindRank } from "@/domain/comparison/rows";
import { compactCell, stanceView } from "./CellView";
import { NewPropositionForm } from "@/features/propositions/NewPropositionForm";
import type { Role } from "@/domain/vocabulary-words";
import { MatrixTable } from "./MatrixTable";

export const matrixFilters = {
  all: "All propositions",
  divergences: "Divergences",
  gaps: "Sourcing gaps",
  only: "Only in one article",
} as const;
export type MatrixFilter = keyof typeof matrixFilters;
export const matrixSorts = { divergences: "Divergences first", order: "Story order", coverage: "Most articles first" } as const;
export type MatrixSort = keyof typeof matrixSorts;

const keep: Record<MatrixFilter, (kind: RowKind) => boolean> = {
  all: () => true,
  divergences: (k) => k === "divergence",
  gaps: (k) => k === "sourcing_gap",
  only: (k) => k === "only_in",
};

/** The matrix rows for a filter and an order (all of them; the page shows a first slice). */
export function matrixRows(comparison: Comparison, filter: MatrixFilter, sort: MatrixSort) {
  return comparison.propositions
    .map((p, order) => {
      const cells = comparison.articles.map((a) => p.cells[a.id]!);
      return { p, order, cells, ...classifyRow(cells) };
    })
    .filter((r) => keep[filter](r.kind))
    .sort((x, y) =>
      sort === "divergences"
        ? rowKindRank[x.kind] - rowKindRank[y.kind] || x.order - y.order
        : sort === "coverage"
          ? y.present - x.present || x.order - y.order
          : x.order - y.order,
    );
}
export type MatrixRow = ReturnType<typeof matrixRows>[number];

/** Rows rendered at first, and added per "Show more": keeps the page light for large stories. */
export const MATRIX_PAGE_ROWS = 25;

interface Props {
  storyId: string;
  /** Whether the viewer may edit propositions, and set verdicts. */
  canEdit: boolean;
  canReview: boolean;
  comparison: Comparison;
  /** The rows to show (a first slice of matrixRows), and how many match in all. */
  rows: MatrixRow[];
  total: number;
  /** The story's change stamp (an opened row reloads its claims when it moves). */
  stamp: string;
  filter: MatrixFilter;
  sort: MatrixSort;
  /** Counted over approved work only (?approved=1): kept by the filter and sort links. */
  approvedOnly?: boolean;
  /** How many comments each shown proposition has, by proposition id. */
  commentCounts: Record<string, number>;
  viewer: { userId: string; role: Role };
}

/**
 * Propositions down, articles across: each cell shows the article's stance and strongest sourcing.
 * Rows open onto the claims behind them, loaded when opened (MatrixRowDetails). Filtering and
 * sorting live in the URL.
 */
export function ComparisonMatrix({
  storyId,
  stamp,
  canEdit,
  canReview,
  comparison,
  rows,
  total,
  filter,
  sort,
  approvedOnly = false,
  commentCounts,
  viewer,
}: Props) {
  const shared = { storyId, stamp, canEdit, canReview, viewer, articleTitles: Object.fromEntries(comparison.articles.map((a) => [a.id, a.title])) };

  const href = (next: Partial<{ show: MatrixFilter; sort: MatrixSort; rows: number }>) => {
    const q = new URLSearchParams({ show: next.show ?? filter, sort: next.sort ?? sort });
    if (next.rows) q.set("rows", String(next.rows));
    if (approvedOnly) q.set("approved", "1");
    return `/stories/${storyId}?${q.toString()}#matrix`;
  };

  return (
    <section className="card matrix-card" aria-labelledby="matrix-title" id="matrix">
      <div className="matrix-head">
        <h2 id="matrix-title">Where the articles agree and diverge</h2>
        <div className="matrix-controls">
          <nav aria-label="Show">
            {(Object.keys(matrixFilters) as MatrixFilter[]).map((f) => (
              <Link key={f} href={href({ show: f })} className="chip" aria-current={f === filter ? "true" : undefined}>
                {matrixFilters[f]}
              </Link>
            ))}
          </nav>
          <nav aria-label="Sort">
            <span className="muted small">Sort:</span>{" "}
            {(Object.keys(matrixSorts) as MatrixSort[]).map((s) => (
              <Link key={s} href={href({ sort: s })} className="chip" aria-current={s === sort ? "true" : undefined}>
                {matrixSorts[s]}
              </Link>
            ))}
          </nav>
        </div>
      </div>
      {canEdit && <NewPropositionForm storyId={storyId} />}
      <div className="matrix-legend muted small" aria-label="Cell legend">
        {(["supports", "contradicts", "mixed", "absent"] as const).map((s) => (
          <span key={s} className={`cell-legend cell-${s}`}>
            <span aria-hidden="true">{stanceView[s].icon}</span> {stanceView[s].label}
          </span>
        ))}
        <span>· sourcing shown is the strongest of the article’s claims</span>
      </div>
      {total === 0 ? (
        <p className="empty">No propositions match “{matrixFilters[filter]}”.</p>
      ) : (
        <div className={`matrix-scroll${rows.length <= 20 ? " is-short" : ""}`} role="region" aria-label="Comparison matrix" tabIndex={0}>
          <MatrixTable
            shared={shared}
            articles={comparison.articles.map((a) => ({ id: a.id, title: a.title }))}
            rows={rows.map(({ p, cells, kind }) => ({
              id: p.id,
              statement: p.statement,
              kind,
              verdict: p.verdict,
              comments: commentCounts[p.id] ?? 0,
              cells: cells.map(compactCell),
            }))}
          />
        </div>
      )}
      {rows.length < total && (
        <p className="matrix-more small">
          Showing {rows.length} of {total} propositions.{" "}
          <Link href={href({ rows: rows.length + MATRIX_PAGE_ROWS })} scroll={false}>
            Show {Math.min(MATRIX_PAGE_ROWS, total - rows.length)} more
          </Link>{" "}
          ·{" "}
          <Link href={href({ rows: total })} scroll={false}>
            Show all
          </Link>
        </p>
      )}
    </section>
  );
}
