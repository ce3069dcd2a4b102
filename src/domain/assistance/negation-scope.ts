/**
 * Whether a negation is about the point two texts share: "did not approve the budget" against "approved
 * the budget" is (the negated word is the other text's), "will not change our policy" against "wants
 * to keep friendly relations" is not. The scope is the few words after the negator, up to a comma
 * or the end of the clause.
 */
import { NEGATORS } from "./lexicons";
import { EMERGENT_REFUTING } from "./stance-relation";
import { STOPWORDS, stem, tokenize } from "./text";

/** Words after a negator that it governs: "not [informed about these]". */
const SCOPE = 4;
/** Refuting words that say "false" by themselves, whatever follows them. */
const REFUTING = new Set([...EMERGENT_REFUTING].filter((w) => !NEGATORS.has(w)));

/** The content stems each negator of the text governs. */
function negatedStems(text: string): Set<string> {
  const tokens = tokenize(text);
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    if (!NEGATORS.has(t.norm)) return;
    for (let j = i + 1; j < Math.min(tokens.length, i + 1 + SCOPE); j++) {
      if (/[,;:.!?”"]/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
      const n = tokens[j]!.norm;
      if (!STOPWORDS.has(n) && !NEGATORS.has(n)) out.add(stem(n));
    }
  });
  return out;
}

const stemsOf = (text: string) => new Set(tokenize(text).map((t) => stem(t.norm)));

export const hasNegator = (text: string) => tokenize(text).some((t) => NEGATORS.has(t.norm));
export const hasRefutingWord = (text: string) => tokenize(text).some((t) => REFUTING.has(t.norm));

/** A negator in one text governs a word the other says without negating it. */
export function negatesSharedWord(a: string, b: string): boolean {
  const [na, nb] = [negatedStems(a), negatedStems(b)];
  const [sa, sb] = [stemsOf(a), stemsOf(b)];
  for (const s of na) if (sb.has(s) && !nb.has(s)) return true;
  for (const s of nb) if (sa.has(s) && !na.has(s)) return true;
  return false;
}
