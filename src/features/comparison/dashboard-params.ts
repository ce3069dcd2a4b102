/**
 * The dashboard's view, read from its address so it can be shared: which rows (filter, order, how
 * many), whether all pairs are listed, and whether only approved work counts.
 */
import { MATRIX_PAGE_ROWS, matrixFilters, matrixSorts, type MatrixFilter, type MatrixSort } from "./ComparisonMatrix";

export type DashboardSearchParams = { show?: string; sort?: string; rows?: string; pairs?: string; approved?: string };

export function dashboardParams(storyId: string, p: DashboardSearchParams) {
  const filter: MatrixFilter = p.show && p.show in matrixFilters ? (p.show as MatrixFilter) : "all";
  const order: MatrixSort = p.sort && p.sort in matrixSorts ? (p.sort as MatrixSort) : "divergences";
  const wanted = Number.parseInt(p.rows ?? "", 10);
  // "Approved only": the comparison counted over approved claims and approved links (shareable).
  const approvedOnly = p.approved === "1";
  return {
    filter,
    order,
    /** How many matrix rows are shown (a first slice; more on request). */
    rowCount: Number.isFinite(wanted) && wanted > 0 ? wanted : MATRIX_PAGE_ROWS,
    allPairs: p.pairs === "all",
    approvedOnly,
    /** What the Approved-only switch keeps of the address. */
    keep: { show: p.show, sort: p.sort, rows: p.rows, pairs: p.pairs },
    pairsHref: (all: boolean) => {
      const q = new URLSearchParams({
        show: filter,
        sort: order,
        ...(p.rows && { rows: p.rows }),
        ...(all && { pairs: "all" }),
        ...(approvedOnly && { approved: "1" }),
      });
      return `/stories/${storyId}?${q.toString()}#pairs-title`;
    },
  };
}
