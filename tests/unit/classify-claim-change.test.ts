/** What changed for one claim between two texts: the classes of the What changed view. */
import { describe, expect, it } from "vitest";
import { reanchor } from "@/domain/anchoring/reanchor";
import { selectorAt } from "@/domain/anchoring/quote";
import { classifyClaimChange } from "@/domain/revisions/classify";

const OLD = [
  "Serbian President Aleksandar Vučić said a Russian diplomat paid a Serbian officer.",
  "The Kremlin may ask Belgrade for an explanation of the video that was shown on Thursday evening.",
  "The officer, a lieutenant colonel of the Serbian army, was arrested on Friday in Belgrade.",
  "The video was first posted on YouTube by an anonymous account.",
].join("\n\n");

/** Classifies the claim quoting `quote` in OLD after the text became `next`, re-anchored as the product does. */
function classify(quote: string, next: string) {
  const start = OLD.indexOf(quote);
  const before = selectorAt(OLD, start, start + quote.length);
  const result = reanchor(OLD, next, before);
  return classifyClaimChange(OLD, next, before, result.status === "anchored" ? result.selector : null);
}

describe("classifyClaimChange", () => {
  it("unchanged: same words in the same place", () => {
    expect(classify("a lieutenant colonel of the Serbian army, was arrested on Friday in Belgrade.", OLD).kind).toBe("unchanged");
  });

  it("moved: same words, elsewhere", () => {
    const paragraph = "The officer, a lieutenant colonel of the Serbian army, was arrested on Friday in Belgrade.";
    const next = OLD.replace(`${paragraph}\n\n`, "") + `\n\n${paragraph}`;
    expect(classify("a lieutenant colonel of the Serbian army, was arrested on Friday in Belgrade.", next).kind).toBe("moved");
  });

  it("reworded: the words changed, the cues did not", () => {
    const next = OLD.replace("arrested on Friday in Belgrade", "arrested on Sunday in Belgrade");
    const change = classify("a lieutenant colonel of the Serbian army, was arrested on Friday in Belgrade.", next);
    expect(change.kind).toBe("reworded");
  });

  it("rehedged: a hedge dropped", () => {
    const next = OLD.replace("The Kremlin may ask", "The Kremlin will ask");
    const change = classify("The Kremlin may ask Belgrade for an explanation of the video that was shown on Thursday evening.", next);
    expect(change.kind).toBe("rehedged");
    expect(change.hedges.lost).toContain("may");
  });

  it("reattributed: 'said' became 'confirmed'", () => {
    const next = OLD.replace("Aleksandar Vučić said a Russian", "Aleksandar Vučić confirmed a Russian");
    const change = classify("a Russian diplomat paid a Serbian officer.", next);
    expect(change.kind).toBe("reattributed");
    expect(change.attribution).toEqual({ gained: ["confirmed"], lost: ["said"] });
  });

  it("reattributed: a source's name added", () => {
    const next = OLD.replace("by an anonymous account.", "by an anonymous account, according to Interior Minister Nebojša Stefanović.");
    const change = classify("The video was first posted on YouTube by an anonymous account", next);
    expect(change.kind).toBe("reattributed");
    expect(change.attribution.gained).toEqual(expect.arrayContaining(["according to"]));
  });

  it("orphaned: the words are gone", () => {
    const next = OLD.replace("The video was first posted on YouTube by an anonymous account.", "Officials declined to comment.");
    expect(classify("The video was first posted on YouTube by an anonymous account.", next).kind).toBe("orphaned");
  });
});
