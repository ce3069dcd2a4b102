/** The quoted words, tidied into a statement (editors shorten it). */
export function statementOf(exact: string): string {
  const s = exact
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:but|and|so|yet)\s+/i, "");
  const capped = s.charAt(0).toUpperCase() + s.slice(1);
  return capped.length > 1000 ? `${capped.slice(0, 997)}…` : capped;
}
