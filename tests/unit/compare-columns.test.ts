import { describe, expect, it } from "vitest";
import { chooseColumns, columnsQuery, MAX_DEFAULT_ALL } from "@/features/propositions/columns";

const story = ["a1", "a2", "a3", "a4", "a5"];

describe("chooseColumns: which articles side by side shows", () => {
  it("shows every article by default when there are up to four", () => {
    expect(MAX_DEFAULT_ALL).toBe(4);
    expect(chooseColumns(story.slice(0, 4), {}).ids).toEqual(["a1", "a2", "a3", "a4"]);
    expect(chooseColumns(story.slice(0, 2), {}).ids).toEqual(["a1", "a2"]);
  });

  it("shows the first three by default when there are more than four", () => {
    expect(chooseColumns(story, {}).ids).toEqual(["a1", "a2", "a3"]);
  });

  it("takes ?articles=id1,id2,id3 in story order, without repeats", () => {
    expect(chooseColumns(story, { articles: "a5,a2,a2,a4" })).toEqual({ ids: ["a2", "a4", "a5"], unknown: [] });
  });

  it("takes repeated ?articles= parameters (the chooser's form without JavaScript)", () => {
    expect(chooseColumns(story, { articles: ["a3", "a1"] }).ids).toEqual(["a1", "a3"]);
  });

  it("keeps the old ?a=&b= pair working", () => {
    expect(chooseColumns(story, { a: "a4", b: "a2" }).ids).toEqual(["a2", "a4"]);
    // Only one side given: the other is the first other article, as before.
    expect(chooseColumns(story, { a: "a3" }).ids).toEqual(["a1", "a3"]);
    expect(chooseColumns(story, { a: "a2", b: "a2" }).ids).toEqual(["a1", "a2"]);
  });

  it("names the ids that are not articles of the story, and falls back to the default when none is", () => {
    expect(chooseColumns(story, { articles: "a2,nope" })).toEqual({ ids: ["a2"], unknown: ["nope"] });
    expect(chooseColumns(story, { articles: "nope,,x" })).toEqual({ ids: ["a1", "a2", "a3"], unknown: ["nope", "x"] });
    expect(chooseColumns(story, { a: "zz" }).unknown).toEqual(["zz"]);
  });

  it("caps how many unknown ids it reports, and their length", () => {
    const many = Array.from({ length: 50 }, (_, i) => `x${i}`).join(",");
    expect(chooseColumns(story, { articles: many }).unknown.length).toBeLessThanOrEqual(5);
    expect(chooseColumns(story, { articles: "y".repeat(5000) }).unknown[0]!.length).toBeLessThanOrEqual(81);
  });

  it("is empty for a story without articles", () => {
    expect(chooseColumns([], { articles: "a1" }).ids).toEqual([]);
  });
});

describe("columnsQuery", () => {
  it("writes the chosen ids as one comma-separated parameter", () => {
    expect(columnsQuery(["a1", "a3"])).toBe("?articles=a1,a3");
  });
});
