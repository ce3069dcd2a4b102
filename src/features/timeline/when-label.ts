import type { Treatment } from "@/domain/timeline/schemas";
import { formatPartialDate } from "@/features/stories/byline";
import { formatWhen } from "@/features/shell/when";

/** "21 November 2019 (published)", "4 Dec 2026, 21:05 UTC (added in revision 2)". */
export function whenLabel(when: Treatment["when"]): string {
  if (when.basis === "revision") return `${formatWhen(when.at)} (added in revision ${when.revisionNumber})`;
  if (when.basis === "added") return `${formatWhen(when.at)} (no publication date; added then)`;
  return `${formatPartialDate(when.at)} (published)`;
}

/** Milliseconds for placing a point on the chart; a partial date counts from its start. */
export function timeOf(at: string): number {
  const full = Date.parse(at);
  if (!Number.isNaN(full)) return full;
  const [y, m = "01", d = "01"] = at.split("-");
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
}
