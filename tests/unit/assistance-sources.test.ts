/** Sources resolved (issue 21): titles and pronouns to the person the article names, spellings folded. */
import { describe, expect, it } from "vitest";
import { suggestClaims } from "@/domain/assistance/suggest";
import { personKey, resolveSource } from "@/domain/assistance/sources";

const TEXT = [
  "Serbian President Aleksandar Vučić spoke in Belgrade on Monday.",
  "The video was not leaked by the secret service, said the Serbian president.",
  "President Vucic also accused Western officers of spying.",
  "Vučić said relations with Moscow would stay friendly.",
  "He said he saw no logic in the affair.",
  "Kremlin spokesman Dmitry Peskov said the Kremlin had no idea what the incident was about.",
  "Peskov added that nobody had been informed.",
  "The embassy stands in the old town.",
].join(" ");

const sourceOf = (words: string) => suggestClaims({ text: TEXT, ownVoice: "all" }).find((s) => s.exact.startsWith(words))?.source;

describe("sources resolved", () => {
  it("names the person the article identifies for a title (“the Serbian president”) or a pronoun", () => {
    expect(sourceOf("The video was not leaked")).toBe("Serbian President Aleksandar Vučić");
    expect(sourceOf("He said he saw no logic")).toBe("Serbian President Aleksandar Vučić");
  });

  it("folds spellings and titles of one person into one source", () => {
    expect(sourceOf("President Vucic also accused")).toBe("Serbian President Aleksandar Vučić");
    expect(sourceOf("Vučić said relations")).toBe("Serbian President Aleksandar Vučić");
    expect(sourceOf("Peskov added")).toBe("Kremlin spokesman Dmitry Peskov");
    expect(personKey("President Vucic")).toBe(personKey("Aleksandar Vučić"));
  });

  it("keeps the outlet's own voice as the author, and sources it cannot place as written", () => {
    expect(sourceOf("Serbian President Aleksandar Vučić spoke")).toBe("the author");
    expect(resolveSource("the prime minister", TEXT)).toBe("the prime minister");
    expect(resolveSource("the author", TEXT)).toBe("the author");
  });
});
