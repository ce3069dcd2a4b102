/**
 * Sources resolved to the person the article names (issue 21): "the Serbian president", "President
 * Vucic" and "Vučić" all become the article's first full mention of that person ("Serbian President
 * Aleksandar Vučić"); the outlet's own voice stays "the author"; a source the article does not
 * identify stays as written. People are keyed by their accent-folded surname. Pure, linear in the text.
 */
import { TITLES } from "./lexicons";
import { namedEntities } from "./speakers";
import { normalizeWord, tokenize } from "./text";

interface Person {
  /** The first mention with a full name (two or more name words), as written, titles included. */
  display: string;
  /** Title and role words (and demonyms before them), normalised: "serbian", "president". */
  titles: Set<string>;
}

const isTitle = (norm: string) => TITLES.has(norm.replace(/\./g, ""));
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

/** The name words of a mention: its capitalised words after its last title word. */
function nameWords(mention: string): { names: string[]; titles: string[] } {
  const words = tokenize(mention);
  let last = -1;
  words.forEach((w, i) => {
    if (isTitle(w.norm)) last = i;
  });
  return {
    names: words
      .slice(last + 1)
      .filter((w) => isCapitalised(w.text) && !isTitle(w.norm))
      .map((w) => w.text),
    titles: words.slice(0, last + 1).map((w) => w.norm.replace(/\./g, "")),
  };
}

/** The person a mention names, by surname: "President Vucic" and "Aleksandar Vučić" share one key. */
export function personKey(mention: string): string | undefined {
  const { names } = nameWords(mention);
  const last = names.at(-1);
  return last ? normalizeWord(last) : undefined;
}

/** The people an article names, by key, with their first full mention and their titles. */
export function articlePeople(text: string): Map<string, Person> {
  const people = new Map<string, Person>();
  const entities = namedEntities(tokenize(text), text);
  entities.forEach((e, i) => {
    let { names, titles } = nameWords(e.text);
    let display = e.text;
    // "the Serbian President, Aleksandar Vucic": the title before a comma belongs to the name after it.
    if (names.length === 0 || (e.titled && titles.length === 0 && names.every((n) => !isTitle(normalizeWord(n))))) {
      const next = entities[i + 1];
      if (!names.length && next && /^,\s*$/.test(text.slice(e.end, next.start))) {
        titles = [...titles, ...tokenize(e.text).map((w) => w.norm)];
        ({ names } = nameWords(next.text));
        display = next.text;
      }
    }
    const key = names.at(-1) && normalizeWord(names.at(-1)!);
    if (!key) return;
    const person = people.get(key) ?? { display: "", titles: new Set<string>() };
    if (!person.display && names.length >= 2) person.display = display;
    for (const t of titles) person.titles.add(t);
    people.set(key, person);
  });
  for (const [key, p] of people) if (!p.display) people.delete(key);
  return people;
}

/** The source as the article identifies it (see the file's comment). */
export function resolveSource(source: string, text: string, people: Map<string, Person> = articlePeople(text)): string {
  if (source === "the author" || !source) return source;
  const key = personKey(source);
  if (key && people.has(key)) return people.get(key)!.display;
  if (key) return source;
  // A title alone ("the Serbian president"): the one person the article gives that title.
  const words = tokenize(source).map((w) => w.norm.replace(/\./g, ""));
  const titleWords = words.filter((w) => isTitle(w));
  if (!titleWords.length) return source;
  const qualifiers = words.filter((w) => !isTitle(w) && w !== "the" && w !== "a");
  const holders = [...people.values()].filter((p) => titleWords.every((t) => p.titles.has(t)) && qualifiers.every((q) => p.titles.has(q)));
  return holders.length === 1 ? holders[0]!.display : source;
}
