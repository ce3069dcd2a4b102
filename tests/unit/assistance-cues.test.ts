import { describe, expect, it } from "vitest";
import { splitClauses, splitSentences } from "@/domain/assistance/sentences";
import { suggestClaims } from "@/domain/assistance/suggest";

const TEXT = [
  "Serbian President Aleksandar Vučić confirmed at a press conference that the messenger was the Russian diplomat Georgij Kleban.",
  "The Serbian secret service is not the source, said Vučić, but it could also be an attempt not to strain relations.",
  "According to media reports, a Bulgarian journalist is said to have identified Lt. Col. Kleban.",
  'Kremlin spokesman Dmitry Peskov said: "We have no idea what the incident is about."',
  "He said he saw no logic in this story.",
  "To what extent this is true is yet to be seen.",
  "Montenegro has been a NATO member since June 2017.",
  "Will Serbia pursue positive relations?",
].join(" ");

const find = (words: string) => {
  const s = suggestClaims({ text: TEXT }).find((x) => x.exact.startsWith(words));
  if (!s) throw new Error(`no suggestion starting "${words}"`);
  return s;
};

describe("sentence and clause splitting", () => {
  it("keeps abbreviations and initials inside a sentence and ends at line breaks", () => {
    const text = "Lt. Col. Kleban met Z.K. in Belgrade. He left.\nA heading\nThe U.S. said 2.5 million.";
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "Lt. Col. Kleban met Z.K. in Belgrade.",
      "He left.",
      "A heading",
      "The U.S. said 2.5 million.",
    ]);
  });

  it("splits clauses at semicolons and contrastive conjunctions only", () => {
    const text = "It is not the source, said Vučić, but it could be an attempt; nobody knows.";
    const [sentence] = splitSentences(text);
    expect(splitClauses(text, sentence!).map((s) => text.slice(s.start, s.end))).toEqual([
      "It is not the source, said Vučić",
      "but it could be an attempt",
      "nobody knows.",
    ]);
  });
});

describe("cue detection and sourcing", () => {
  it("tags an on-the-record confirmation as confirmed, with the named speaker", () => {
    const s = find("Serbian President");
    expect(s).toMatchObject({ sourcing: "confirmed", source: "Serbian President Aleksandar Vučić", cue: "confirmed" });
  });

  it("separates an attributed clause from a hedged one in the same sentence", () => {
    // "said Vučić": the person the text names in full (issue 21, sources resolved).
    expect(find("The Serbian secret service")).toMatchObject({ sourcing: "attributed", source: "Serbian President Aleksandar Vučić", cue: "said" });
    expect(find("but it could")).toMatchObject({ sourcing: "speculative", cue: "could" });
  });

  it("lets a hedge win over attribution and keeps the source of 'according to'", () => {
    const s = find("According to media reports");
    expect(s).toMatchObject({ sourcing: "speculative", source: "media reports" });
    expect(s.cues.map((c) => [c.kind, c.text])).toEqual([
      ["reporting", "According to"],
      ["hedge", "is said to"],
    ]);
  });

  it("gives cue offsets into the text", () => {
    for (const s of suggestClaims({ text: TEXT })) for (const c of s.cues) expect(TEXT.slice(c.start, c.end)).toBe(c.text);
  });

  it("resolves a quotation's speaker and a pronoun to the nearest named person", () => {
    expect(find("Kremlin spokesman")).toMatchObject({ sourcing: "attributed", source: "Kremlin spokesman Dmitry Peskov" });
    expect(find("He said he saw")).toMatchObject({ sourcing: "attributed", source: "Kremlin spokesman Dmitry Peskov" });
  });

  it("uses the hedge lexicons, multi-word constructions included", () => {
    expect(find("To what extent")).toMatchObject({ sourcing: "speculative", cue: "is yet to be seen", source: "the author" });
    const may = suggestClaims({ text: "In May 2020 the report was published by the ministry of defence. Russia may want a new bloc in the Balkans." });
    expect(may.map((s) => [s.sourcing, s.cue])).toEqual([
      ["speculative", "may"],
      ["confirmed", ""],
    ]);
  });

  it("proposes the outlet's own factual assertions as confirmed, and skips its questions", () => {
    expect(find("Montenegro")).toMatchObject({ sourcing: "confirmed", source: "the author", cue: "" });
    expect(suggestClaims({ text: TEXT }).some((s) => s.exact.startsWith("Will Serbia"))).toBe(false);
  });
});

describe("what is not suggested", () => {
  it("never overlaps a recorded claim and forgets decided suggestions", () => {
    const all = suggestClaims({ text: TEXT });
    const claimed = find("Kremlin spokesman");
    const rejected = find("To what extent");
    const rest = suggestClaims({ text: TEXT, claims: [{ start: claimed.start + 5, end: claimed.start + 20 }], decided: [rejected] });
    expect(rest).toHaveLength(all.length - 2);
    expect(rest.some((s) => s.start < claimed.start + 20 && s.end > claimed.start + 5)).toBe(false);
    expect(rest.some((s) => s.exact === rejected.exact)).toBe(false);
  });

  it("orders best first and honours the limit", () => {
    const all = suggestClaims({ text: TEXT });
    expect(all.map((s) => s.score)).toEqual([...all.map((s) => s.score)].sort((a, b) => b - a));
    expect(suggestClaims({ text: TEXT, limit: 2 })).toEqual(all.slice(0, 2));
  });

  it("stays linear: a long article is analysed quickly", () => {
    const long = `${TEXT}\n`.repeat(400);
    const started = performance.now();
    const s = suggestClaims({ text: long });
    expect(s.length).toBeGreaterThan(2000);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe("a quotation's speaker named in the next sentence", () => {
  it("takes the person from “These were the words of …”, not the byline before the quote", () => {
    const text =
      "By Muhammad Omar Iftikhar | May 2020\n\n“On several occasions, Serbian security agencies gathered evidence of contacts between Lt.Col. Kleban and members of the Serbian army.” These were the words of the Serbian President, Aleksandar Vucic. He revealed the presence of Russian spies.";
    const quoted = suggestClaims({ text }).find((s) => s.exact.startsWith("“On several occasions"));
    expect(quoted).toMatchObject({ sourcing: "attributed", source: "Aleksandar Vucic" });
  });
});

describe("section labels and furniture (issue 15, bug 7)", () => {
  const text = [
    "PROBLEM: Kremlin spokesman Dmitry Peskov said the officer had been paid by Russia.",
    "SOURCE: Interior Ministry of Serbia, press office, November 2019.",
    "ADVERTISEMENT",
    "Editor's note: This article was updated on 22 November 2019 with comments from Moscow.",
    "WHY IT MATTERS: Analysts say the affair might cool relations between Belgrade and Moscow.",
  ].join("\n");

  it("keeps a label out of the claim and never takes it for the source", () => {
    const all = suggestClaims({ text });
    const paid = all.find((s) => s.exact.includes("the officer had been paid"));
    expect(paid).toMatchObject({
      exact: "Kremlin spokesman Dmitry Peskov said the officer had been paid by Russia.",
      sourcing: "attributed",
      source: "Kremlin spokesman Dmitry Peskov",
    });
    const cool = all.find((s) => s.exact.includes("cool relations"));
    expect(cool?.exact.startsWith("Analysts say")).toBe(true);
    for (const s of all) expect(s.source).not.toMatch(/^(PROBLEM|SOURCE|WHY IT MATTERS)$/);
  });

  it("offers nothing from sources lists, notes and advertisements", () => {
    const all = suggestClaims({ text });
    expect(all.some((s) => /Interior Ministry|ADVERTISEMENT|updated on/.test(s.exact))).toBe(false);
    expect(all).toHaveLength(2);
  });

  it("does not take a headline's speaker for a label", () => {
    const s = suggestClaims({ text: "Vučić: Serbia will not change its policy towards Russia, he said on Thursday in Belgrade." });
    expect(s[0]?.exact.startsWith("Vučić:")).toBe(true);
  });

  it("offers only the most checkable of the outlet's own assertions", () => {
    const plain = Array.from({ length: 16 }, (_, i) => `Serbia and Russia signed agreement number ${i + 1} in Belgrade on the ${i + 1}th of May.`).join(" ");
    const own = suggestClaims({ text: plain }).filter((s) => s.source === "the author");
    expect(own.length).toBeLessThanOrEqual(Math.ceil(16 * 0.2));
    expect(own.length).toBeGreaterThanOrEqual(2);
  });
});
