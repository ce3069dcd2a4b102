import type { ArticleSummaryDto } from "@/domain/stories/schemas";

/** "Outlet · Author · May 2020", leaving out what the article does not give. */
export function articleByline(a: Pick<ArticleSummaryDto, "outlet" | "author" | "publishedAt" | "language">): string {
  const parts = [a.outlet, a.author && `by ${a.author}`, a.publishedAt && formatPartialDate(a.publishedAt)].filter(Boolean);
  return parts.length > 0 ? parts.join(" · ") : "Outlet, author and date not given";
}

/** Formats ISO 8601 dates that may be partial: "2020" → "2020", "2020-05" → "May 2020". */
export function formatPartialDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (!mo) return y!;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, d ? Number(d) : 1));
  return date.toLocaleDateString("en-GB", { timeZone: "UTC", month: "long", year: "numeric", ...(d && { day: "numeric" }) });
}
