/**
 * Why two statements about the same point may diverge: different numbers, dates, names, titles or
 * ranks of the same person, or a negation in one only. Each reason is structured (kind, what each
 * side says) and has a readable text.
 */
import { NEGATORS, TITLES } from "./lexicons";
import { namedEntities } from "./speakers";
import { numberMentions } from "./numbers";
import { type Token, tokenize } from "./text";

export type ReasonKind = "number" | "date" | "name" | "title" | "negation";

export interface DivergenceReason {
  kind: ReasonKind;
  /** What the first text says (empty when it says nothing of the kind). */
  a: string;
  /** What the second text says. */
  b: string;
  /** The person a title or rank is about. */
  about?: string;
  text: string;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_ABBR = new Map(MONTHS.map((m) => [m.slice(0, 3), m]));

function monthOf(norm: string): string | undefined {
  return MONTHS.includes(norm) ? norm : MONTH_ABBR.get(norm.replace(/\./g, ""));
}

interface Facts {
  /** Amounts by value ("19000000"), each as first written ("19M"). */
  numbers: Map<string, string>;
  dates: Set<string>;
  names: Map<string, string>;
  titles: Map<string, string[]>;
  negated: string | undefined;
}

const STANDALONE_AMOUNTS: Record<string, string> = { hundred: "100", thousand: "1000", million: "1000000", billion: "1000000000" };

function factsOf(text: string): Facts {
  const tokens = tokenize(text);
  const numbers = new Map<string, string>();
  const dates = new Set<string>();
  const years = new Set<number>();
  const amounts = numberMentions(tokens);
  const found: { at: number; value: string; written: string }[] = [];
  const inAmount = new Set(amounts.flatMap((n) => Array.from({ length: n.to - n.from }, (_, k) => n.from + k)));
  tokens.forEach((t, i) => {
    const month = monthOf(t.norm);
    if (month && t.text[0] === t.text[0]!.toUpperCase()) {
      const next = tokens[i + 1];
      const name = month[0]!.toUpperCase() + month.slice(1);
      dates.add(next && /^(19|20)\d\d$/.test(next.norm) ? `${name} ${next.norm}` : name);
      return;
    }
    if (/^(1[89]|20)\d\d$/.test(t.norm)) {
      years.add(i);
      const prev = tokens[i - 1];
      if (!(prev && monthOf(prev.norm))) dates.add(t.norm);
      return;
    }
    // "a million", "a hundred": amounts without a numeral.
    if (STANDALONE_AMOUNTS[t.norm] && !inAmount.has(i)) found.push({ at: i, value: STANDALONE_AMOUNTS[t.norm]!, written: t.text });
  });
  // Amounts by value: "19M" and "19 million" agree, "two" is 2 (numbers.ts).
  for (const n of amounts) {
    if (years.has(n.from)) continue;
    // Numerals as written ("19M", "4,999"); number words as digits ("three" -> 3).
    const written = /^\p{N}/u.test(tokens[n.from]!.norm) ? text.slice(tokens[n.from]!.start, tokens[n.to - 1]!.end) : n.text;
    found.push({ at: n.from, value: n.text, written });
  }
  for (const n of found.sort((x, y) => x.at - y.at)) if (!numbers.has(n.value)) numbers.set(n.value, n.written);
  const names = new Map<string, string>();
  const titles = new Map<string, string[]>();
  for (const e of namedEntities(tokens, text)) {
    const words = tokenize(e.text);
    const nameWords = words.filter((w) => !TITLES.has(w.norm.replace(/\./g, "")) && !/^\p{Ll}/u.test(w.text) && !DEMONYM.test(w.text));
    const surname = nameWords.at(-1);
    if (!surname) continue;
    const key = surname.norm;
    names.set(key, nameWords.map((w) => w.text).join(" "));
    const roleWords = [...words.filter(isTitle), ...appositive(text, e.end)];
    const kept = titles.get(key) ?? [];
    for (const w of roleWords) {
      // "Lt. Col." in the statement and "Lt.Col." in the quote are one title.
      const known = roleKey(kept);
      if ([...roleKey([w.text])].some((r) => !known.has(r))) kept.push(w.text);
    }
    if (kept.length) titles.set(key, kept);
  }
  const negator = tokens.find((t) => NEGATORS.has(t.norm));
  return { numbers, dates, names, titles, negated: negator?.text };
}

/** ", deputy military attaché," right after a name: its role words. */
function appositive(text: string, end: number): Token[] {
  const rest = text.slice(end, end + 80).match(/^,\s*([^,.;]+)/u);
  return rest ? tokenize(rest[1]!).filter(isTitle).slice(0, 5) : [];
}

const isTitle = (w: Token) => TITLES.has(w.norm.replace(/\./g, ""));
/** "Serbian", "Russian", "Chinese": adjectives of nationality, not names. */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish)$/u;

const list = (s: Iterable<string>) => [...s].join(", ");
const ABBREVIATED: Record<string, string> = {
  lt: "lieutenant",
  col: "colonel",
  gen: "general",
  maj: "major",
  capt: "captain",
  sgt: "sergeant",
  cpl: "corporal",
  cmdr: "commander",
  dr: "doctor",
  prof: "professor",
};
/** Canonical role words: "Lt.Col." and "Lieutenant Colonel" both give {lieutenant, colonel}. */
const roleKey = (words: string[]) =>
  new Set(
    words
      .flatMap((w) =>
        w
          .toLowerCase()
          .normalize("NFKD")
          .replace(/[\u0300-\u036f]/g, "")
          .split("."),
      )
      .filter((w) => TITLES.has(w))
      .map((w) => ABBREVIATED[w] ?? w),
  );

export function divergenceReasons(a: string, b: string): DivergenceReason[] {
  const fa = factsOf(a);
  const fb = factsOf(b);
  const reasons: DivergenceReason[] = [];
  const differ = (x: { size: number; has(v: string): boolean; keys(): Iterable<string> }, y: typeof x) =>
    x.size > 0 && y.size > 0 && ([...x.keys()].some((v) => !y.has(v)) || [...y.keys()].some((v) => !x.has(v)));
  if (differ(fa.numbers, fb.numbers)) {
    const [na, nb] = [list(fa.numbers.values()), list(fb.numbers.values())];
    reasons.push({ kind: "number", a: na, b: nb, text: `different numbers: ${na} vs ${nb}` });
  }
  if (differ(fa.dates, fb.dates)) {
    reasons.push({ kind: "date", a: list(fa.dates), b: list(fb.dates), text: `different dates: ${list(fa.dates)} vs ${list(fb.dates)}` });
  }
  for (const [key, nameA] of fa.names) {
    const nameB = fb.names.get(key);
    if (!nameB) continue;
    const ra = roleKey(fa.titles.get(key) ?? []);
    const rb = roleKey(fb.titles.get(key) ?? []);
    if (ra.size && rb.size && ([...ra].some((r) => !rb.has(r)) || [...rb].some((r) => !ra.has(r)))) {
      const ta = (fa.titles.get(key) ?? []).join(" ");
      const tb = (fb.titles.get(key) ?? []).join(" ");
      reasons.push({
        kind: "title",
        about: nameA.length >= nameB.length ? nameA : nameB,
        a: ta,
        b: tb,
        text: `different title or rank for ${nameB.split(" ").at(-1)}: “${ta}” vs “${tb}”`,
      });
    }
  }
  // The same rank or office held by different people ("Lt. Col. Kleban" / "Lieutenant Colonel Z.K.").
  // People are compared by their normalised surname (accents folded: "Vučić" is "Vucic"), shown as written.
  const holders = (f: Facts) => {
    const m = new Map<string, Map<string, string>>();
    for (const [key, words] of f.titles) for (const r of roleKey(words)) m.set(r, (m.get(r) ?? new Map()).set(key, f.names.get(key) ?? key));
    return m;
  };
  const ha = holders(fa);
  const hb = holders(fb);
  const seen = new Set<string>();
  for (const [role, people] of ha) {
    const others = hb.get(role);
    if (!others || [...people.keys()].some((p) => others.has(p))) continue;
    const [pa, pb] = [list(people.values()), list(others.values())];
    if (seen.has(`${pa}|${pb}`)) continue;
    seen.add(`${pa}|${pb}`);
    reasons.push({ kind: "name", about: role, a: pa, b: pb, text: `different people as ${role}: ${pa} vs ${pb}` });
  }
  if (Boolean(fa.negated) !== Boolean(fb.negated)) {
    const side = fa.negated ? "the first" : "the second";
    reasons.push({ kind: "negation", a: fa.negated ?? "", b: fb.negated ?? "", text: `negation in ${side} only (“${fa.negated ?? fb.negated}”)` });
  }
  return reasons;
}
