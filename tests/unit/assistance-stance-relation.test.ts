import { describe, expect, it } from "vitest";
import { relationFeatures } from "@/domain/assistance/stance-relation";

const claim = "Two Australian men kept a McDonald's burger for 20 years";

describe("stance features relative to the claim", () => {
  it("weighs an early refuting word more than a late one, and ignores refuting words the claim uses", () => {
    const early = relationFeatures(claim, "Hoax: Australian men did not keep a burger for 20 years");
    const late = relationFeatures(claim, "Australian men kept a burger for 20 years, or was it a hoax");
    expect(early.get("pos:refute-early")).toBe(1);
    expect(early.get("pos:refute")!).toBeGreaterThan(late.get("pos:refute")!);
    expect(late.has("pos:refute-early")).toBe(false);
    expect(relationFeatures("Vogue says the rat story is a hoax", "Vogue rat story a hoax").has("lex:refute")).toBe(false);
  });

  it("reads the shape of a question", () => {
    expect(relationFeatures(claim, "Is this the world's oldest burger?").get("q:aux-first")).toBe(1);
    expect(relationFeatures(claim, "Who kept a burger for 20 years?").get("q:wh-first")).toBe(1);
    expect(relationFeatures(claim, "Oldest burger? Men kept it 20 years").get("q:inner")).toBe(1);
    expect([...relationFeatures(claim, "Men kept a burger for 20 years").keys()].some((k) => k.startsWith("q:"))).toBe(false);
  });

  it("compares numbers by value and measures how much of the claim is kept", () => {
    expect(relationFeatures("Apple will sell 19 million watches", "Apple to sell 19M watches").get("num:same")).toBe(1);
    expect(relationFeatures("Apple will sell 19 million watches", "Apple to sell 24M watches").get("num:differ")).toBe(1);
    const all = relationFeatures(claim, "Two Australian men kept a McDonald's burger for 20 years");
    const little = relationFeatures(claim, "World's oldest burger");
    expect(all.get("miss:weighted-coverage")).toBeCloseTo(1, 6);
    expect(little.get("miss:weighted-coverage")!).toBeLessThan(0.4);
    expect(little.get("miss:rare")!).toBeGreaterThan(0.5);
    expect(all.has("miss:rare")).toBe(false);
  });

  it("finds a negated claim word, scare quotes, and attribution at the edges", () => {
    expect(relationFeatures("Banksy was arrested", "Banksy not arrested, says his agent").get("neg:before-claim-word")).toBe(1);
    expect(relationFeatures("The cheese cured his illness", "The 'cure' that wasn't").get("quote:claim-word")).toBe(1);
    expect(relationFeatures("Banksy was arrested", "Banksy arrested in London, police say").get("rep:end")).toBe(1);
    expect(relationFeatures("Banksy was arrested", "Police: Banksy arrested in London").get("rep:colon-prefix")).toBe(1);
  });
});
