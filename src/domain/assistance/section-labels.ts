/**
 * Section labels at the start of a sentence: "PROBLEM:", "WHY IT MATTERS:", "SOURCE:",
 * "Editor's note:". A label is not part of the claim (nor its speaker), and some labels introduce
 * page furniture (sources lists, photo credits, tags) rather than anything an article asserts.
 * Only capitals make a label of an unknown word: "Vučić: we will not change our policy" is a
 * headline's attribution, not a label.
 */
import type { Span } from "./sentences";

const FURNITURE = new Set([
  "source",
  "sources",
  "photo",
  "photos",
  "photograph",
  "image",
  "images",
  "picture",
  "credit",
  "credits",
  "caption",
  "tags",
  "topics",
  "related",
  "read more",
  "read also",
  "see also",
  "also read",
  "more",
  "advertisement",
  "sponsored",
  "disclaimer",
  "copyright",
  "file",
  "watch",
  "listen",
  "share",
  "follow",
  "contact",
  "editor's note",
  "note",
  "byline",
]);
const KNOWN_TITLE_CASE = new Set([...FURNITURE, "background", "context", "update", "analysis", "correction", "problem", "summary"]);

const CAPITALS = /^([\p{Lu}][\p{Lu}\p{N}'’&/ -]{1,40}?)[ \t]*:[ \t]*/u;
const TITLE_CASE = /^([\p{Lu}][\p{L}'’ ]{1,20}?)[ \t]*:[ \t]*/u;

export interface SectionLabel {
  /** Where the sentence's own words begin, after the label. */
  end: number;
  /** The label introduces page furniture: nothing after it is a claim. */
  furniture: boolean;
}

export function sectionLabel(text: string, sentence: Span): SectionLabel | null {
  const head = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 60));
  const caps = CAPITALS.exec(head);
  const title = caps ? null : TITLE_CASE.exec(head);
  const m = caps ?? title;
  if (!m) return null;
  const name = m[1]!.trim().toLowerCase().replace(/’/g, "'");
  if (caps && !/\p{Lu}{2}/u.test(m[1]!)) return null;
  if (title && !KNOWN_TITLE_CASE.has(name)) return null;
  return { end: sentence.start + m[0].length, furniture: FURNITURE.has(name) };
}

/** An all-capitals line of a few words ("ADVERTISEMENT", "READ MORE") is furniture too. */
export function isShoutedFurniture(text: string, sentence: Span): boolean {
  const words = text.slice(sentence.start, sentence.end).trim();
  return words.length < 40 && /\p{Lu}{2}/u.test(words) && !/\p{Ll}/u.test(words) && words.split(/\s+/).length <= 4;
}
