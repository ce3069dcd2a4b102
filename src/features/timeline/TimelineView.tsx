import type { Timeline } from "@/domain/timeline/schemas";
import { ArticleArrivals } from "./ArticleArrivals";
import { PropositionTimeline } from "./PropositionTimeline";
import { timeOf } from "./when-label";

/** Who reported each proposition first, how each article treated it over time, and when articles arrived. */
export function TimelineView({ timeline }: { timeline: Timeline }) {
  const titles = new Map(timeline.articles.map((a) => [a.id, a.title]));
  const times = timeline.propositions.flatMap((p) => p.treatments.map((t) => timeOf(t.when.at)));
  const span: [number, number] = [Math.min(...times), Math.max(...times)];
  const reported = timeline.propositions.filter((p) => p.firstReport);
  return (
    <>
      {reported.length === 0 && <div className="card empty">No proposition has linked claims yet: link claims to see who reported what first.</div>}
      {reported.map((p) => (
        <PropositionTimeline key={p.id} proposition={p} titles={titles} span={span} />
      ))}
      <ArticleArrivals articles={timeline.articles} />
    </>
  );
}
