/**
 * Features of a text relative to the claim it may speak to, after Ferreira and Vlachos (Emergent,
 * NAACL 2016) where a headline-only version is possible: how early a refuting or hedging word comes
 * (a headline that opens "Hoax:" or "Rumor:" frames all that follows), their lexicons, the shape of a
 * question, how much of the claim's rare and common words the text keeps, whether its numbers agree
 * with the claim's, a negator right before a word of the claim, scare quotes around the claim's
 * words, and attribution at the edges ("…, police say", "Source: …"). None names a topic word, so
 * they carry over to claims the model has never seen. Linear in the two texts.
 */
import { backgroundRarity } from "./background";
import { NEGATORS, REPORTING_VERBS, SPECULATIVE_CUES } from "./lexicons";
import { numberMentions } from "./numbers";
import { phraseMatcher } from "./phrases";
import { contentStems, isNumberWord, stem, tokenize } from "./text";

/** Refuting words of the Emergent paper's lexicon (plus negated auxiliaries, as normalizeWord writes them). */
export const EMERGENT_REFUTING = new Set([
  "fake",
  "fraud",
  "hoax",
  "false",
  "deny",
  "denies",
  "denied",
  "not",
  "despite",
  "nope",
  "doubt",
  "doubts",
  "bogus",
  "debunk",
  "debunked",
  "pranks",
  "prank",
  "retract",
  "retracts",
  "myth",
  "untrue",
  "satire",
  "rumor",
  "rumour",
  "rumors",
  "rumours",
  "no",
  "never",
  "isnt",
  "wasnt",
  "doesnt",
  "didnt",
  "arent",
]);
/** Hedging words of the Emergent paper's lexicon (reporting nouns included: "claims", "reports"). */
export const EMERGENT_HEDGING = new Set([
  "alleged",
  "allegedly",
  "apparently",
  "appear",
  "appears",
  "claim",
  "claims",
  "could",
  "evidently",
  "largely",
  "likely",
  "mainly",
  "may",
  "maybe",
  "might",
  "mostly",
  "perhaps",
  "presumably",
  "probably",
  "purported",
  "purportedly",
  "reported",
  "reportedly",
  "rumor",
  "rumour",
  "rumors",
  "rumours",
  "rumored",
  "rumoured",
  "says",
  "seem",
  "somewhat",
  "supposedly",
  "unconfirmed",
  "report",
  "reports",
  "suggests",
  "possible",
  "possibly",
]);
const QUESTION_OPENERS = new Set(["is", "are", "was", "were", "did", "does", "do", "could", "will", "would", "can", "has", "have", "should", "might", "may"]);
const WH_WORDS = new Set(["who", "what", "why", "how", "where", "when"]);
/** Below this rarity in everyday English (0 … 1) a word of the claim counts as common. */
const RARE = 0.6;

const speculative = phraseMatcher(SPECULATIVE_CUES);

type Features = Map<string, number>;

function add(f: Features, name: string, value = 1) {
  if (value !== 0) f.set(name, (f.get(name) ?? 0) + value);
}

export function relationFeatures(claim: string, text: string): Features {
  const f: Features = new Map();
  const tokens = tokenize(text);
  const norms = tokens.map((t) => t.norm);
  const claimTokens = tokenize(claim);
  const claimNorms = new Set(claimTokens.map((t) => t.norm));
  const n = norms.length || 1;

  // Where the first refuting / hedging word (not one the claim itself uses) stands: 1 at the start.
  const firstOf = (lexicon: Set<string>) => norms.findIndex((w) => lexicon.has(w) && !claimNorms.has(w));
  const refute = firstOf(EMERGENT_REFUTING);
  const hedge = firstOf(EMERGENT_HEDGING);
  if (refute >= 0) {
    add(f, "pos:refute", 1 - refute / n);
    if (refute < 3) add(f, "pos:refute-early");
  }
  if (hedge >= 0) {
    add(f, "pos:hedge", 1 - hedge / n);
    if (hedge < 3) add(f, "pos:hedge-early");
  }
  const firstSpeculative = speculative.find(tokens)[0];
  if (firstSpeculative) add(f, "pos:speculative", 1 - firstSpeculative.from / n);
  add(f, "lex:refute", Math.min(3, norms.filter((w) => EMERGENT_REFUTING.has(w) && !claimNorms.has(w)).length));
  add(f, "lex:hedge", Math.min(3, norms.filter((w) => EMERGENT_HEDGING.has(w) && !claimNorms.has(w)).length));

  // The shape of a question: "Is this …?", "Who is …?", or a question inside a longer headline.
  const trimmed = text.trim();
  if (trimmed.includes("?")) {
    if (QUESTION_OPENERS.has(norms[0] ?? "")) add(f, "q:aux-first");
    if (WH_WORDS.has(norms[0] ?? "")) add(f, "q:wh-first");
    if (!trimmed.endsWith("?")) add(f, "q:inner");
  }

  // How much of the claim the text keeps: its rare words (names, specifics) and its common ones.
  const claimStems = [...new Set(contentStems(claim))];
  const textStems = new Set(contentStems(text));
  const words = claimStems.filter((s) => !isNumberWord(s));
  const rare = words.filter((s) => backgroundRarity(s) > RARE);
  const common = words.filter((s) => backgroundRarity(s) <= RARE);
  const missing = (list: string[]) => list.filter((s) => !textStems.has(s)).length / list.length;
  if (rare.length) add(f, "miss:rare", missing(rare));
  if (common.length) add(f, "miss:common", missing(common));
  let weight = 0;
  let kept = 0;
  for (const s of claimStems) {
    const w = 0.2 + backgroundRarity(s);
    weight += w;
    if (textStems.has(s)) kept += w;
  }
  if (weight) add(f, "miss:weighted-coverage", kept / weight);

  // Numbers by value ("19M" = "19 million"): the same as the claim's, or different.
  const claimNumbers = new Set(numberMentions(claimTokens).map((m) => m.text));
  const textNumbers = numberMentions(tokens).map((m) => m.text);
  if (claimNumbers.size && textNumbers.length) add(f, textNumbers.some((x) => !claimNumbers.has(x)) ? "num:differ" : "num:same");

  // "not castrated": a negator right before a word of the claim.
  const claimStemSet = new Set(claimStems);
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (NEGATORS.has(norms[i]!) && !claimNorms.has(norms[i]!) && claimStemSet.has(stem(norms[i + 1]!))) add(f, "neg:before-claim-word");
  }
  // Scare quotes around the claim's words: 'cure', "leak".
  for (const m of trimmed.matchAll(/["“‘']([^"“”‘’']{2,40})["”’']/gu)) {
    if (contentStems(m[1]!).some((s) => claimStemSet.has(s))) add(f, "quote:claim-word");
  }
  // Attribution at the edges: "…, police say", "Source: …".
  if (norms.slice(-2).some((w) => REPORTING_VERBS.has(w))) add(f, "rep:end");
  if (/:\s/.test(trimmed) && REPORTING_VERBS.has(norms[norms.length - 1] ?? "")) add(f, "rep:colon-end");
  const colon = trimmed.indexOf(": ");
  if (colon > 0 && colon < 30) add(f, "rep:colon-prefix");
  // Shouting: "WAS injured", "NOT".
  if (tokens.some((t) => t.text.length > 3 && t.text === t.text.toUpperCase() && /\p{L}/u.test(t.text))) add(f, "style:caps");
  return f;
}
