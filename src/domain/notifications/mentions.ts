/**
 * `@Name` in a comment: the people it names, matched on their whole name (case and accents
 * ignored), longest names first so that "@Ana Maria Lopez" is not taken for "@Ana".
 */
const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("en");

export function mentionedUsers(body: string, people: { id: string; name: string }[]): string[] {
  const text = fold(body);
  const found = new Set<string>();
  const byLength = [...people].filter((p) => p.name.trim()).sort((a, b) => b.name.length - a.name.length);
  const taken: Array<[number, number]> = [];
  for (const person of byLength) {
    const needle = `@${fold(person.name.trim())}`;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      const next = text.charAt(end);
      if (/[\p{L}\p{N}]/u.test(next)) continue;
      if (taken.some(([s, e]) => at < e && end > s)) continue;
      taken.push([at, end]);
      found.add(person.id);
    }
  }
  return [...found];
}
