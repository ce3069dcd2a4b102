import type { Sourcing } from "@/domain/vocabulary-words";
import { SourcingMixChart } from "./SourcingMixChart";

/** How much each article asserts, attributes or speculates. */
export function SourcingMixSection({
  articles,
  counts,
}: {
  articles: { id: string; title: string }[];
  counts: ReadonlyMap<string, Readonly<Record<Sourcing, number>>>;
}) {
  const rows = articles.map((a) => ({ article: a.title, ...(counts.get(a.id) ?? { confirmed: 0, attributed: 0, speculative: 0 }) }));
  return (
    <section className="card" aria-labelledby="mix-title">
      <h2 id="mix-title">Sourcing mix per article</h2>
      <p className="muted small">How much each article asserts, attributes or speculates.</p>
      <SourcingMixChart rows={rows} />
    </section>
  );
}
