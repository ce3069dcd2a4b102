/** The draft engine: word vectors, grouping across articles, and the draft's metrics. */
import { describe, expect, it } from "vitest";
import { draftGroups } from "@/domain/assistance/draft";
import { adjustedRandIndex, bCubed } from "@/domain/assistance/draft-evaluation";
import { dot, parseVectors, sentenceVector, wordVectors } from "@/domain/assistance/vectors";

function tinyVectors(words: Record<string, number[]>): Buffer {
  const list = Object.keys(words);
  const dims = words[list[0]!]!.length;
  const header = Buffer.alloc(12);
  header.write("CBV1", 0, "ascii");
  header.writeUInt32LE(list.length, 4);
  header.writeUInt32LE(dims, 8);
  const scales = new Float32Array(list.map(() => 1 / 127));
  const values = new Int8Array(list.flatMap((w) => words[w]!.map((x) => Math.round(x * 127))));
  return Buffer.concat([header, Buffer.from(scales.buffer), Buffer.from(values.buffer), Buffer.from(list.join("\n"))]);
}

describe("word vectors", () => {
  it("reads the compact layout and averages known words (unknown ones are skipped)", () => {
    const v = parseVectors(tinyVectors({ the: [1, 0], cash: [0, 1], money: [0.1, 0.99] }));
    expect(v.count).toBe(3);
    const a = sentenceVector("the cash", v)!;
    const b = sentenceVector("money, Kleban", v)!;
    expect(dot(a, b)).toBeGreaterThan(0.9);
    expect(sentenceVector("Kleban", v)).toBeNull();
  });

  it("refuses a file in another layout", () => {
    expect(() => parseVectors(Buffer.from("JSON{}      "))).toThrow(/CBV1/);
  });

  it("ships real vectors: paraphrases are closer than unrelated sentences", () => {
    expect(wordVectors()).not.toBeNull();
    const a = sentenceVector("The president resigned on Monday.")!;
    const b = sentenceVector("The head of state stepped down this week.")!;
    const c = sentenceVector("Apple will sell millions of watches.")!;
    expect(dot(a, b)).toBeGreaterThan(dot(a, c) + 0.1);
  });
});

describe("grouping", () => {
  const c = (articleId: string, text: string) => ({ articleId, exact: text, statement: text });

  it("pairs the same point across articles, at most one claim per article, best first", () => {
    const groups = draftGroups(
      [
        c("a", "The council approved a budget of 12 million euros for the bridge."),
        c("a", "Heavy snow closed the airport for two days."),
        c("b", "A 14 million euro budget for the bridge was approved by the council."),
        c("b", "The airport was shut for two days by heavy snowfall."),
        c("b", "The bridge budget was approved by the council in a vote."),
      ],
      { articles: 2 },
    );
    const bridge = groups.find((g) => g.members.includes(0))!;
    expect(bridge.members).toHaveLength(2);
    expect(bridge.reasons.map((r) => r.kind)).toContain("number");
    expect(groups.find((g) => g.members.includes(1))!.members.sort()).toEqual([1, 3]);
    expect(groups[0]!.members.length).toBe(2);
    for (const g of groups) expect(new Set(g.members.map((i) => ["a", "a", "b", "b", "b"][i])).size).toBe(g.members.length);
  });
});

describe("the draft's metrics", () => {
  it("scores a perfect grouping 1 and a single lump lower", () => {
    const gold = ["x", "x", "y", "y"];
    expect(adjustedRandIndex(gold, [0, 0, 1, 1])).toBe(1);
    expect(bCubed(gold, [0, 0, 1, 1]).f1).toBe(1);
    expect(bCubed(gold, [0, 0, 0, 0]).f1).toBeCloseTo(2 / 3);
    expect(adjustedRandIndex(gold, [0, 0, 0, 0])).toBe(0);
  });
});
