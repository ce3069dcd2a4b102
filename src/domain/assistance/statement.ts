/** The quoted words, tidied into a statement (editors shorten it). */
export function statementOf(exact: string): string {
  const s = exact
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:but|and|so|yet)\s+/i, "");
  const capped = s.charAt(0).toUpperCase() + s.slice(1);
  return capped.length > 1000 ? `${capped.slice(0, 997)}…` : capped;
}

/** A claim's statement as a proposition: without the quotation marks around the whole of it. */
export function propositionStatement(statement: string): string {
  const m = /^[“"‘']([^“”"]+)[”"’']([.!?]?)$/.exec(statement.trim());
  return m ? `${m[1]!.trim()}${/[.!?]$/.test(m[1]!.trim()) ? "" : m[2]}` : statement;
}
