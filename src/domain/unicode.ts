/**
 * Text that is not well-formed Unicode (a lone UTF-16 surrogate, which JSON's "\ud800" escape and a
 * forged server-action call can produce) or that holds a NUL character cannot be stored: PostgreSQL
 * refuses both, and they would corrupt the offsets claims are anchored to. Input is checked for them
 * before anything else.
 */

const UNSTORABLE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|\u0000/;

/** Well-formed Unicode without NUL characters: text every database stores. */
export const isWellFormed = (s: string) => !UNSTORABLE.test(s);

/** The dotted path of the first string (or key) in `input` that is not well-formed, or null. */
export function illFormedPath(input: unknown, limit = 1_000_000): string | null {
  // Iterative, so that deeply nested input cannot exhaust the stack.
  const stack: [unknown, string][] = [[input, ""]];
  let visited = 0;
  while (stack.length && visited++ < limit) {
    const [value, path] = stack.pop()!;
    if (typeof value === "string") {
      if (!isWellFormed(value)) return path || "(body)";
    } else if (typeof value === "object" && value !== null) {
      for (const key of Object.keys(value)) {
        const child = path ? `${path}.${key}` : key;
        if (!isWellFormed(key)) return child;
        stack.push([(value as Record<string, unknown>)[key], child]);
      }
    }
  }
  return null;
}
