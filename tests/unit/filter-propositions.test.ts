import { describe, expect, it } from "vitest";
import { filterPropositions } from "@/features/propositions/filter-propositions";

const props = [
  { id: "1", statement: "Kleban is a Russian military officer" },
  { id: "2", statement: "Vučić disclosed the case" },
  { id: "3", statement: "The video appeared on YouTube" },
];

describe("filterPropositions: the reader's and side by side's proposition search", () => {
  it("keeps every proposition for an empty search", () => {
    expect(filterPropositions(props, "  ").map((p) => p.id)).toEqual(["1", "2", "3"]);
  });
  it("needs every word, from a word's start, case and accents ignored", () => {
    expect(filterPropositions(props, "russ OFF").map((p) => p.id)).toEqual(["1"]);
    expect(filterPropositions(props, "vucic").map((p) => p.id)).toEqual(["2"]);
    expect(filterPropositions(props, "ideo").map((p) => p.id)).toEqual([]);
    expect(filterPropositions(props, "kleban youtube").map((p) => p.id)).toEqual([]);
  });
  it("keeps the order it is given", () => {
    expect(filterPropositions([props[2]!, props[0]!], "the").map((p) => p.id)).toEqual(["3"]);
  });
});
