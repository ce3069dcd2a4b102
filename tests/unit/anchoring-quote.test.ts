import { describe, expect, it } from "vitest";
import { CONTEXT_LENGTH, locateQuote, selectorAt } from "@/domain/anchoring/quote";
import { normalizeText } from "@/domain/anchoring/text";

describe("locateQuote", () => {
  const text = "Vučić said no. Peskov said no. 🇷🇸 Vučić said yes.";

  it("finds a unique quote at UTF-16 offsets", () => {
    const found = locateQuote(text, { exact: "Peskov said no." });
    expect(found).toEqual({ ok: true, start: 15, end: 30 });
    if (found.ok) expect(text.slice(found.start, found.end)).toBe("Peskov said no.");
  });

  it("counts emoji and combining characters as JavaScript strings index", () => {
    const found = locateQuote(text, { exact: "Vučić said yes." });
    expect(found.ok && text.slice(found.start, found.end)).toBe("Vučić said yes.");
    expect(found.ok && found.start).toBe(text.indexOf("Vučić said yes."));
  });

  it("reports an ambiguous quote instead of guessing", () => {
    expect(locateQuote(text, { exact: "said no." })).toEqual({ ok: false, reason: "ambiguous", occurrences: 2 });
  });

  it("uses prefix and suffix to choose between occurrences", () => {
    const found = locateQuote(text, { exact: "said no.", prefix: "Peskov " });
    expect(found).toEqual({ ok: true, start: 22, end: 30 });
    expect(locateQuote(text, { exact: "said", suffix: " yes" })).toMatchObject({ ok: true, start: text.lastIndexOf("said") });
  });

  it("reports an absent quote, and a context that matches nowhere", () => {
    expect(locateQuote(text, { exact: "Putin" })).toEqual({ ok: false, reason: "absent", occurrences: 0 });
    expect(locateQuote(text, { exact: "said no.", prefix: "Kremlin " })).toEqual({ ok: false, reason: "absent", occurrences: 2 });
    expect(locateQuote(text, { exact: "" })).toMatchObject({ ok: false, reason: "absent" });
  });
});

describe("selectorAt", () => {
  it("keeps the quote, up to CONTEXT_LENGTH characters of context, and the offsets", () => {
    const long = "a".repeat(50) + "QUOTE" + "b".repeat(50);
    const s = selectorAt(long, 50, 55);
    expect(s).toEqual({ exact: "QUOTE", prefix: "a".repeat(CONTEXT_LENGTH), suffix: "b".repeat(CONTEXT_LENGTH), start: 50, end: 55 });
    expect(selectorAt("QUOTE", 0, 5)).toEqual({ exact: "QUOTE", prefix: "", suffix: "", start: 0, end: 5 });
  });
});

describe("normalizeText", () => {
  it("composes to NFC, turns CRLF and CR into LF and trims trailing spaces", () => {
    const decomposed = "Vuc\u030Cic\u0301";
    expect(normalizeText(`${decomposed} said\r\nno  \rthen  `)).toBe("Vučić said\nno\nthen");
  });
});
