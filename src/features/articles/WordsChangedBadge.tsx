/** A claim that a text revision moved onto reworded text, until someone checks it (issue 15). */
export function WordsChangedBadge({ what = "claim" }: { what?: "claim" | "link" }) {
  const why =
    what === "link"
      ? "A revision of the article reworded this link's claim; check that the link still holds."
      : "A revision of the article reworded this claim's words; check that the claim still says what they say.";
  return (
    <span className="badge badge-words-changed" title={why}>
      Words changed: check<span className="visually-hidden">. {why}</span>
    </span>
  );
}
