/**
 * Cue lexicons. Hedges and weasel words come from the maintained `hedges` and `weasels` packages
 * (wooorm); entries that in news prose mostly measure or intensify rather than hedge are left out,
 * listed here so the choice is visible. Reporting verbs and refutation words are the closed classes
 * the engine needs beyond those lists.
 */
import { hedges } from "hedges";
import { weasels } from "weasels";

/** Entries of the packages that, in news copy, are nearly always literal ("about 20 people", "all", "that"). */
const NOT_HEDGES_IN_NEWS = new Set([
  "about", "around", "actually", "always", "all", "almost", "approximately", "at least", "few", "many", "most",
  "often", "some", "that", "then", "up", "down", "over", "back", "still", "again", "also", "only", "even", "just",
  "own", "so", "well", "far", "close", "real", "really", "very", "huge", "vast", "tiny", "began", "started",
  "decided", "wanted", "saw", "heard", "felt", "knew", "looked", "watched", "touched", "smelled", "works",
  "helps", "gains", "supports", "combats", "acts", "better", "improved", "effective", "efficient", "useful",
  "excellent", "expert", "experts", "several", "various", "enough", "ever", "largely", "mostly", "like",
  "is like", "a lot", "lots", "bit", "a bit", "quite", "pretty", "rather", "fairly", "clearly", "completely",
  "extremely", "exceedingly", "remarkably", "significantly", "substantially", "surprisingly", "interestingly",
  "literally", "relatively", "virtually", "noticed", "realised", "realized", "recognised", "recognized",
  "understood", "wished", "wondered", "sort", "linked to", "be able to", "is a number", "are a number",
  "not rocket science", "outside the box", "usually", "frequently", "generally", "sometimes", "somewhat",
  "and all that", "and so forth", "be sure", "kind of", "sort of", "anyway", "somehow",
  // From `hedges`: future, ability, reporting (handled as attribution), perception and quantity words.
  "say", "says", "will", "can", "certain", "certainly", "clear", "quite clearly", "definite", "definitely",
  "find", "finds", "found", "read", "little", "much", "must", "should", "rare", "rarely", "seldom",
  "occasionally", "overall", "mainly", "partially", "practically", "necessarily", "bunch", "couple",
  "diagnostic", "effectively", "consider", "considers", "appeared", "appear", "look like", "looks like",
  "looks", "looked", "somebody", "someone", "something", "somewhere", "something or other", "so far",
  "understand", "understands", "in general", "more or less", "suggest", "suggests", "suggested",
]);

/** Hedges and modal cues, multi-word entries included, lower case. */
export const SPECULATIVE_CUES: readonly string[] = [
  ...new Set([
    ...hedges.filter((w) => !NOT_HEDGES_IN_NEWS.has(w)),
    ...weasels.filter((w) => !NOT_HEDGES_IN_NEWS.has(w)),
    // Constructions the lists lack that docs/contract/DESIGN.md names.
    "is said to", "are said to", "was said to", "were said to", "is yet to be seen", "remains to be seen",
    "is believed to", "are believed to", "is thought to", "allegedly", "rumoured", "rumored", "reportedly",
    "purportedly", "supposedly", "may have", "might have", "could have", "would", "seems", "seemingly",
    "speculate", "speculated", "speculation", "possibly", "possible", "likely", "unlikely", "probably",
    "perhaps", "maybe", "may", "might", "could", "appears to", "apparently", "it is suggested", "suggests that",
  ]),
];

/** Verbs (and stems) that report speech: "X said", "according to X", "X confirmed that". */
export const REPORTING_VERBS = new Set([
  "say", "says", "said", "saying", "tell", "tells", "told", "state", "states", "stated", "claim", "claims",
  "claimed", "assert", "asserts", "asserted", "announce", "announces", "announced", "report", "reports",
  "reported", "add", "adds", "added", "note", "notes", "noted",
  "write", "writes", "wrote", "declare", "declares", "declared", "insist", "insists", "insisted", "argue",
  "argues", "argued", "warn", "warns", "warned", "allege", "alleges", "alleged", "accuse", "accuses",
  "accused", "deny", "denies", "denied", "reveal", "reveals", "revealed", "disclose", "discloses",
  "disclosed", "admit", "admits", "admitted", "confirm", "confirms", "confirmed", "suggest", "suggests",
  "stress", "stresses", "stressed", "describe", "describes", "described", "quote", "quoted", "comment",
  "commented", "tweet", "tweeted", "emphasise", "emphasised", "emphasize", "emphasized", "affirm", "affirms",
  "affirmed", "suggested", "maintain", "maintains", "maintained", "acknowledge", "acknowledged",
]);

/** Reporting verbs that put a statement on the record as established (sourcing: confirmed). */
export const CONFIRMING_VERBS = new Set([
  "confirm", "confirms", "confirmed", "verified", "verify", "verifies", "established", "proved", "proven",
  "officially",
]);

/** Multi-word reporting structures, lower case. */
export const REPORTING_PHRASES = ["according to", "in the words of", "as reported by", "quoted by", "cited by", "citing"];

/** Words that deny or debunk, for stance. */
export const REFUTING_WORDS = new Set([
  "fake", "hoax", "false", "falsely", "untrue", "debunk", "debunked", "debunks", "myth", "deny", "denies",
  "denied", "refute", "refutes", "refuted", "fabricated", "bogus", "satire", "satirical", "misleading",
  "rumour", "rumor", "wrong", "not", "no", "never", "nothing", "isn't", "isnt", "wasn't", "wasnt", "doesn't",
  "doesnt", "didn't", "didnt", "won't", "wont", "aren't", "arent", "can't", "cant", "nope", "scam", "spoof",
  "fiction", "dismiss", "dismisses", "dismissed", "reject", "rejects", "rejected", "baseless", "unfounded",
]);

/** Negators, for the divergence reason "negation". */
export const NEGATORS = new Set([
  "not", "no", "never", "nobody", "none", "nothing", "neither", "nor", "without", "isnt", "wasnt", "doesnt",
  "didnt", "wont", "arent", "cant", "cannot", "couldnt", "wouldnt", "shouldnt", "hasnt", "havent", "hadnt",
  "werent", "deny", "denies", "denied",
]);

/** Reporting-verb forms that are as often nouns ("media reports", "Slavic states"). */
export const NOUN_OR_VERB = new Set(["states", "reports", "claims", "notes", "quotes", "comments", "point", "report", "claim", "note", "state", "comment", "quote", "add", "tweet", "stress", "write", "tell", "deny", "warn", "say", "describe"]);

/** Titles that mark a person or an office (a speaker), as against units and services. */
export const PERSON_TITLES = new Set([
  "lt", "lieutenant", "col", "colonel", "gen", "general", "maj", "major", "capt", "captain", "sgt", "sergeant",
  "admiral", "commander", "brigadier", "marshal", "diplomat", "attache", "ambassador", "consul", "envoy",
  "minister", "president", "premier", "chancellor", "secretary", "spokesman", "spokeswoman", "spokesperson",
  "deputy", "director", "chief", "senator", "governor", "mayor", "king", "queen", "prince", "princess", "judge",
  "prosecutor", "dr", "prof", "professor", "ceo", "chairman", "mr", "mrs", "ms", "sir", "journalist", "analyst",
]);

/** Titles and ranks that name a role ("Lt. Col.", "deputy military attaché"), lower case, dots removed. */
export const TITLES = new Set([
  "lt", "lieutenant", "col", "colonel", "ltcol", "lt.col", "gen", "general", "maj", "major", "capt", "captain",
  "sgt", "sergeant", "cpl", "corporal", "admiral", "commander", "cmdr", "brigadier", "marshal", "officer",
  "diplomat", "attache", "ambassador", "consul", "envoy", "minister", "president", "prime", "premier",
  "chancellor", "secretary", "spokesman", "spokeswoman", "spokesperson", "deputy", "director", "chief",
  "head", "senator", "governor", "mayor", "king", "queen", "prince", "princess", "judge", "prosecutor",
  "agent", "spy", "dr", "prof", "professor", "ceo", "chairman", "mr", "mrs", "ms", "sir", "journalist",
  "analyst", "author", "military", "intelligence",
]);
