/**
 * Features of (a claim, a text that may speak to it) for the stance model: the text's cue words
 * (hedges, reporting, refutation, negation, questions, quotation), its word stems, how much of the
 * claim it covers, and its relation to the claim (stance-relation.ts: where refuting and hedging
 * words stand, numbers that differ, negated claim words…). Topic words are kept out of the model at
 * training time (a stem must occur with several different claims), so the model learns how things
 * are said, not what about.
 */
import { REFUTING_WORDS, REPORTING_PHRASES, REPORTING_VERBS, SPECULATIVE_CUES, NEGATORS } from "./lexicons";
import { phraseMatcher } from "./phrases";
import { relationFeatures } from "./stance-relation";
import { contentStems, stem, tokenize } from "./text";

const speculative = phraseMatcher(SPECULATIVE_CUES);
const reportingPhrases = phraseMatcher(REPORTING_PHRASES);

export type Features = Map<string, number>;

function add(f: Features, name: string, value = 1) {
  if (value !== 0) f.set(name, (f.get(name) ?? 0) + value);
}

export function stanceFeatures(claim: string, text: string): Features {
  const f: Features = new Map();
  const tokens = tokenize(text);
  const claimTokens = tokenize(claim);
  const norms = tokens.map((t) => t.norm);
  const claimNorms = new Set(claimTokens.map((t) => t.norm));

  for (let i = 0; i < tokens.length; i++) {
    const s = stem(norms[i]!);
    add(f, `w:${s}`);
    if (i > 0) add(f, `b:${stem(norms[i - 1]!)}_${s}`);
  }
  if (tokens[0]) add(f, `first:${stem(norms[0]!)}`);

  const hedges = speculative.find(tokens).filter((m) => !claimNorms.has(m.phrase));
  add(f, "cue:hedge", Math.min(hedges.length, 3));
  const reporting = norms.filter((n) => REPORTING_VERBS.has(n)).length + reportingPhrases.find(tokens).length;
  add(f, "cue:report", Math.min(reporting, 3));
  const refuting = norms.filter((n) => REFUTING_WORDS.has(n) && !claimNorms.has(n)).length;
  add(f, "cue:refute", Math.min(refuting, 3));
  const negText = norms.some((n) => NEGATORS.has(n));
  const negClaim = [...claimNorms].some((n) => NEGATORS.has(n));
  if (negText !== negClaim) add(f, "cue:negation-mismatch");

  const trimmed = text.trim();
  if (trimmed.includes("?")) add(f, "punct:question");
  if (trimmed.endsWith("?")) add(f, "punct:ends-question");
  if (/["“”‘’']\s*\p{L}[^"“”]*["“”]/u.test(trimmed) || /(^|\s)['‘]\p{L}[^']*['’](\s|$|[,:.])/u.test(trimmed)) add(f, "punct:quote");
  if (/:\s/.test(trimmed)) add(f, "punct:colon");
  if (/!/.test(trimmed)) add(f, "punct:exclaim");

  const claimStems = new Set(contentStems(claim));
  const textStems = new Set(contentStems(text));
  let covered = 0;
  for (const s of claimStems) if (textStems.has(s)) covered++;
  const coverage = claimStems.size ? covered / claimStems.size : 0;
  const union = new Set([...claimStems, ...textStems]).size || 1;
  add(f, "overlap:coverage", coverage);
  add(f, "overlap:jaccard", covered / union);
  add(f, "len:log", Math.log(1 + tokens.length) / 4);
  if (refuting > 0) add(f, "x:refute*coverage", coverage);
  if (hedges.length > 0) add(f, "x:hedge*coverage", coverage);
  for (const [name, value] of relationFeatures(claim, text)) add(f, name, value);
  return f;
}

/** Feature names that depend on the words of the data (the rest are always kept). */
export const isLexicalFeature = (name: string) => name.startsWith("w:") || name.startsWith("b:") || name.startsWith("first:");
