/**
 * Numbers as values, so that different spellings of one amount compare equal: "19M", "19m",
 * "19 million" and "19,000,000" are all 19000000; "12in" and "12-inch" are 12 with the unit inch;
 * "two" is 2. Used by the similarity (one term per amount), the divergence reasons and the stance
 * features (numbers that differ from the claim's). Linear in the tokens.
 */
import type { Token } from "./text";

/** Scale words and suffixes: "19 million", "19M", "2.5bn". Not "k": "18k gold" is carats as often as thousands. */
const SCALES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  millions: 1e6,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  billion: 1e9,
  billions: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};
/** Only the spelled-out scales may stand as a word of their own after a number ("19 m" is rare and ambiguous). */
const SCALE_WORDS = new Set(["thousand", "million", "millions", "billion", "billions", "trillion", "bn", "mn", "mln"]);

/** Unit suffixes written onto a number ("12in", "50ft"), with the word they abbreviate. */
const UNITS: Record<string, string> = {
  in: "inch",
  inch: "inch",
  ft: "foot",
  lb: "pound",
  lbs: "pound",
  kg: "kilogram",
  km: "kilometre",
  cm: "centimetre",
  mm: "millimetre",
  mph: "mph",
  gb: "gb",
  mb: "mb",
  tb: "tb",
  hrs: "hour",
  hr: "hour",
  h: "hour",
  yr: "year",
  yrs: "year",
  ghz: "ghz",
  mp: "megapixel",
};

/** Cardinal number words up to twenty, and "dozen". */
const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  dozen: 12,
};

export interface NumberMention {
  /** Index of the first token and one past the last. */
  from: number;
  to: number;
  value: number;
  /** The canonical value as written in terms: "19000000", "2.5". */
  text: string;
  /** A unit written onto the number ("12in" -> inch). */
  unit?: string;
}

const NUMERAL = /^(\p{N}+(?:[.,]\p{N}+)*)(\p{L}*)$/u;

/** "19,000" and "2.5" as numbers: a comma before exactly three digits groups thousands. */
function parseNumeral(digits: string): number | undefined {
  const plain = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(digits) ? digits.replace(/,/g, "") : digits.replace(/,/g, ".");
  if (!/^\d+(\.\d+)?$/.test(plain)) return undefined;
  return Number(plain);
}

export const formatNumber = (value: number) => (Number.isInteger(value) ? String(value) : String(Math.round(value * 1e6) / 1e6));

/** The numbers of a token sequence (its `norm`s), in order. "one of" is a pronoun, not a number. */
export function numberMentions(tokens: readonly Pick<Token, "norm">[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i]!.norm;
    let value: number | undefined;
    let unit: string | undefined;
    const m = norm.match(NUMERAL);
    if (m) {
      value = parseNumeral(m[1]!);
      const suffix = m[2]!;
      if (value !== undefined && suffix) {
        if (SCALES[suffix]) value *= SCALES[suffix];
        else if (UNITS[suffix]) unit = UNITS[suffix];
        // Ordinals, decades and other suffixes ("9th", "1990s"): the number as it stands.
      }
    } else if (NUMBER_WORDS[norm] !== undefined && !(norm === "one" && tokens[i + 1]?.norm === "of")) {
      value = NUMBER_WORDS[norm];
    }
    if (value === undefined) continue;
    let to = i + 1;
    const next = tokens[to]?.norm;
    if (next && SCALE_WORDS.has(next) && (m ? !m[2] : true)) {
      value *= SCALES[next]!;
      to++;
    }
    out.push({ from: i, to, value, text: formatNumber(value), ...(unit ? { unit } : {}) });
    i = to - 1;
  }
  return out;
}
