import Link from "next/link";

interface Props {
  /** The story the queue is filtered by, when it is. */
  story: { id: string; title: string } | null;
  /** Whether filters other than the story narrow the queue too. */
  otherFilters: boolean;
  /** How many items wait in the other stories (any filter but the story's aside). */
  waitingElsewhere: number;
}

const items = (n: number) => (n === 1 ? "1 item waits" : `${n} items wait`);

/** What the review queue says when nothing matches: which story is empty, and where work waits. */
export function EmptyQueueNotice({ story, otherFilters, waitingElsewhere }: Props) {
  if (!story) return <div className="card empty">Nothing waits for review{otherFilters ? " with these filters" : ""}.</div>;
  return (
    <div className="card empty">
      <p>
        Nothing waits for review in {story.title}
        {otherFilters ? " with these filters" : ""}.
      </p>
      <p>
        {waitingElsewhere > 0 ? `${items(waitingElsewhere)} in other stories. ` : "Nothing waits in other stories either. "}
        <Link href="/review">Show all stories</Link>
      </p>
    </div>
  );
}
