import { describe, expect, it } from "vitest";
import { paragraphsOf, segmentText } from "@/features/articles/segments";

const text = "One two three four.\n\nFive six seven.";

describe("segmentText", () => {
  it("keeps paragraphs with their offsets", () => {
    expect(paragraphsOf(text)).toEqual([
      { start: 0, end: 19 },
      { start: 21, end: 36 },
    ]);
  });

  it("rebuilds the exact text from its segments", () => {
    const paragraphs = segmentText(text, [
      { id: "a", start: 4, end: 13 },
      { id: "b", start: 8, end: 27 },
    ]);
    const rebuilt = paragraphs.map((p) => p.segments.map((s) => s.text).join(""));
    expect(rebuilt).toEqual(["One two three four.", "Five six seven."]);
  });

  it("nests claims, outermost first, and marks where each ends", () => {
    const [p] = segmentText(text, [
      { id: "outer", start: 0, end: 19 },
      { id: "inner", start: 4, end: 7 },
    ]);
    expect(p!.segments.map((s) => [s.text, s.claimIds, s.endingIds])).toEqual([
      ["One ", ["outer"], []],
      ["two", ["outer", "inner"], ["inner"]],
      [" three four.", ["outer"], ["outer"]],
    ]);
  });

  it("splits a claim that crosses a paragraph break, ending it once", () => {
    const paragraphs = segmentText(text, [{ id: "x", start: 14, end: 25 }]);
    const covered = paragraphs.flatMap((p) => p.segments.filter((s) => s.claimIds.includes("x")));
    expect(covered.map((s) => s.text)).toEqual(["four.", "Five"]);
    expect(covered.map((s) => s.endingIds)).toEqual([[], ["x"]]);
  });

  it("ignores spans outside the text", () => {
    const [p] = segmentText("abc", [{ id: "bad", start: 2, end: 10 }]);
    expect(p!.segments).toEqual([{ start: 0, end: 3, text: "abc", claimIds: [], endingIds: [] }]);
  });
});

describe("suggestion overlay", () => {
  it("cuts cue words into their own segments and marks the suggestion's words, text unchanged", () => {
    const text = "Officials said the base may close.\nNext paragraph.";
    const paragraphs = segmentText(text, [], {
      cues: [
        { kind: "reporting", start: 10, end: 14 },
        { kind: "hedge", start: 24, end: 27 },
      ],
      focus: { start: 0, end: 34 },
    });
    const segs = paragraphs[0]!.segments;
    expect(segs.map((s) => s.text).join("")).toBe("Officials said the base may close.");
    expect(segs.filter((s) => s.cue).map((s) => [s.text, s.cue])).toEqual([
      ["said", "reporting"],
      ["may", "hedge"],
    ]);
    expect(segs.every((s) => s.focused)).toBe(true);
    expect(paragraphs[1]!.segments.some((s) => s.focused || s.cue)).toBe(false);
  });
});
