/**
 * The stance of one claim's text towards another's, as a suggested link carries it: the stance
 * model's answer, corrected by where the negation is. A negation about the shared point contradicts;
 * a "not" about something else ("we will not change our policy" next to "wants friendly relations")
 * does not, unless a refuting word ("hoax", "denied") says so anyway.
 */
import type { Stance } from "@/domain/vocabulary";
import { hasNegator, hasRefutingWord, negatesSharedWord } from "./negation-scope";
import { predictStance } from "./stance";

export function stanceTowards(central: string, text: string): Stance {
  if (negatesSharedWord(central, text)) return "contradicts";
  if (predictStance(central, text).label !== "against") return "supports";
  // The model saw "against"; when its only evidence can be a negator that governs no shared word, it is not.
  if (hasRefutingWord(text)) return "contradicts";
  return hasNegator(text) || hasNegator(central) ? "supports" : "contradicts";
}
