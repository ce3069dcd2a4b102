/**
 * Why two statements about the same point may diverge: different numbers, dates, names, titles or
 * ranks of the same person, or a negation in one only. Each reason is structured (kind, what each
 * side says) and has a readable text.
 */
import { NEGATORS, TITLES } from "./lexicons";
import { namedEntities } from "./speakers";
import { isNumberWord, type Token, tokenize } from "./text";

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
  numbers: Set<string>;
  dates: Set<string>;
  names: Map<string, string>;
  titles: Map<string, string[]>;
  negated: string | undefined;
}

const NUMBER_WORDS: Record<string, string> = { one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9", ten: "10", dozen: "12", hundred: "100", thousand: "1000", million: "1000000" };

function factsOf(text: string): Facts {
  const tokens = tokenize(text);
  const numbers = new Set<string>();
  const dates = new Set<string>();
  tokens.forEach((t, i) => {
    const month = monthOf(t.norm);
    if (month && (t.text[0] === t.text[0]!.toUpperCase())) {
      const next = tokens[i + 1];
      const name = month[0]!.toUpperCase() + month.slice(1);
      dates.add(next && /^(19|20)\d\d$/.test(next.norm) ? `${name} ${next.norm}` : name);
      return;
    }
    if (/^(1[89]|20)\d\d$/.test(t.norm)) {
      const prev = tokens[i - 1];
      if (!(prev && monthOf(prev.norm))) dates.add(t.norm);
      return;
    }
    if (isNumberWord(t.norm)) numbers.add(t.norm.replace(/,/g, ""));
    else if (NUMBER_WORDS[t.norm] && !(t.norm === "one" && tokens[i + 1]?.norm === "of")) numbers.add(NUMBER_WORDS[t.norm]!);
  });
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
const ABBREVIATED: Record<string, string> = { lt: "lieutenant", col: "colonel", gen: "general", maj: "major", capt: "captain", sgt: "sergeant", cpl: "corporal", cmdr: "commander", dr: "doctor", prof: "professor" };
/** Canonical role words: "Lt.Col." and "Lieutenant Colonel" both give {lieutenant, colonel}. */
const roleKey = (words: string[]) =>
  new Set(
    words
      .flatMap((w) => w.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").split("."))
      .filter((w) => TITLES.has(w))
      .map((w) => ABBREVIATED[w] ?? w),
  );

export function divergenceReasons(a: string, b: string): DivergenceReason[] {
  const fa = factsOf(a);
  const fb = factsOf(b);
  const reasons: DivergenceReason[] = [];
  const differ = (x: Set<string>, y: Set<string>) => x.size > 0 && y.size > 0 && ([...x].some((v) => !y.has(v)) || [...y].some((v) => !x.has(v)));
  if (differ(fa.numbers, fb.numbers)) {
    reasons.push({ kind: "number", a: list(fa.numbers), b: list(fb.numbers), text: `different numbers: ${list(fa.numbers)} vs ${list(fb.numbers)}` });
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
      reasons.push({ kind: "title", about: nameA.length >= nameB.length ? nameA : nameB, a: ta, b: tb, text: `different title or rank for ${nameB.split(" ").at(-1)}: “${ta}” vs “${tb}”` });
    }
  }
  // The same rank or office held by different people ("Lt. Col. Kleban" / "Lieutenant Colonel Z.K.").
  const holders = (f: Facts) => {
    const m = new Map<string, Set<string>>();
    for (const [key, words] of f.titles) for (const r of roleKey(words)) m.set(r, (m.get(r) ?? new Set()).add(f.names.get(key) ?? key));
    return m;
  };
  const ha = holders(fa);
  const hb = holders(fb);
  const seen = new Set<string>();
  for (const [role, people] of ha) {
    const others = hb.get(role);
    if (!others || [...people].some((p) => others.has(p))) continue;
    const key = `${list(people)}|${list(others)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    reasons.push({ kind: "name", about: role, a: list(people), b: list(others), text: `different people as ${role}: ${list(people)} vs ${list(others)}` });
  }
  if (Boolean(fa.negated) !== Boolean(fb.negated)) {
    const side = fa.negated ? "the first" : "the second";
    reasons.push({ kind: "negation", a: fa.negated ?? "", b: fb.negated ?? "", text: `negation in ${side} only (“${fa.negated ?? fb.negated}”)` });
  }
  return reasons;
}
