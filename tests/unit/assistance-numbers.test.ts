import { describe, expect, it } from "vitest";
import { divergenceReasons } from "@/domain/assistance/divergence";
import { numberMentions } from "@/domain/assistance/numbers";
import { buildIndex, similarityScorer, termsOf } from "@/domain/assistance/similarity";
import { stem, tokenize } from "@/domain/assistance/text";

const values = (text: string) => numberMentions(tokenize(text)).map((n) => (n.unit ? `${n.text} ${n.unit}` : n.text));

describe("numbers as values", () => {
  it("reads scale suffixes and words, thousands separators, decimals and number words", () => {
    expect(values("BMO forecasts 19M Apple Watch sales")).toEqual(["19000000"]);
    expect(values("Apple will sell 19 million watches")).toEqual(["19000000"]);
    expect(values("a 2.5bn deal, 19,000,000 units and 4,999 dollars")).toEqual(["2500000000", "19000000", "4999"]);
    expect(values("Two Australian men kept it for twenty years")).toEqual(["2", "20"]);
  });

  it("keeps units written onto the number and leaves pronouns and carats alone", () => {
    expect(values("a 12in MacBook and a 50ft crab")).toEqual(["12 inch", "50 foot"]);
    expect(values("one of the men bought 18k gold")).toEqual(["18"]);
  });

  it("makes '19M' and '19 million' one term of the similarity", () => {
    expect(termsOf("Apple to sell 19M watches").stems).toContain("19000000");
    const scores = similarityScorer(["Apple to sell 19M watches", "Apple will sell 19 million watches", "Apple will sell 24 million watches"]).scores(0);
    expect(scores[1]).toBeGreaterThan(scores[2]!);
  });

  it("does not name a divergence between two spellings of one amount, and shows amounts as written", () => {
    expect(divergenceReasons("Apple will sell 19M watches in 2015", "Apple to sell 19 million watches in 2015")).toEqual([]);
    expect(divergenceReasons("Apple will sell 19M watches", "Apple to sell 24 million watches")[0]).toMatchObject({
      kind: "number",
      a: "19M",
      b: "24 million",
    });
  });
});

describe("normalisation shared by text and lexicons", () => {
  it("treats contractions as function words, not rare names", () => {
    const { stems, names } = termsOf("Banksy hasn't been arrested and isn't in jail");
    expect(stems).not.toContain("hasnt");
    expect(stems).not.toContain("isnt");
    expect([...names]).toEqual([stem("banksy")]);
  });

  it("does not count a rare word as a name once some text writes it in lower case mid-sentence", () => {
    const a = termsOf("Jihadists Steal Commercial Jets");
    const b = termsOf("Jihadist Killed In Air Strikes");
    expect(a.names.has(stem("jihadist"))).toBe(true);
    const filler = ["Apple sells watches", "Banksy paints a wall", "A burger lasted twenty years"].map(termsOf);
    expect(buildIndex([a, b, ...filler]).nameBonus(a, b)).toBeGreaterThan(0);
    const lowerCase = termsOf("Officials feared the jihadist perished in the attack");
    expect(buildIndex([a, b, lowerCase, ...filler]).nameBonus(a, b)).toBe(0);
  });

  it("compares people by their accent-folded names", () => {
    const reasons = divergenceReasons("Lt. Col. Vučić met the army", "Lt. Col. Vucic met the army");
    expect(reasons.filter((r) => r.kind === "name")).toEqual([]);
  });
});
