/** The assistance's known misses of issue 21: each fails without its fix. */
import { describe, expect, it } from "vitest";
import { stanceTowards } from "@/domain/assistance/draft";
import { propositionStatement } from "@/domain/assistance/statement";
import { suggestClaims } from "@/domain/assistance/suggest";

describe("“These were the words of …”", () => {
  const text =
    "“On several occasions, Serbian security agencies gathered evidence of contacts between Lt.Col. Kleban and members of the Serbian army.” These were the words of the Serbian President, Aleksandar Vucic. He revealed the presence of Russian spies.";

  it("is not suggested as a claim (it only says who spoke the quotation before it)", () => {
    const suggestions = suggestClaims({ text });
    expect(suggestions.map((s) => s.exact)).not.toContainEqual(expect.stringContaining("These were the words"));
    expect(suggestions.find((s) => s.exact.startsWith("“On several"))).toMatchObject({ sourcing: "attributed", source: "Aleksandar Vucic" });
  });

  it("nor its variants", () => {
    const other = "“We have no idea what this is about.” Those are the remarks of Dmitry Peskov, the Kremlin spokesman.";
    expect(suggestClaims({ text: other }).map((s) => s.exact)).toEqual(["“We have no idea what this is about.”"]);
  });
});

describe("a “not” alone does not make a contradiction", () => {
  it("supports when the negation is about something the claim does not say", () => {
    expect(
      stanceTowards(
        "Serbia wants to keep friendly relations with Russia.",
        "“We will not change our policy towards Russia, which we see as a brotherly and friendly country,” said Vučić.",
      ),
    ).toBe("supports");
    expect(stanceTowards("Russia tried to recruit Serbian officers.", "Russia tried to recruit Serbian officers, and not only them.")).toBe("supports");
  });

  it("contradicts when the negation is about the claim's own words", () => {
    expect(stanceTowards("The council approved the budget for the bridge.", "The council did not approve the budget for the bridge.")).toBe("contradicts");
    expect(stanceTowards("Putin was informed about the operation.", "Putin was not informed about these activities, Vučić said.")).toBe("contradicts");
    expect(stanceTowards("Putin was not informed about the operation.", "Putin was informed about the operation.")).toBe("contradicts");
  });

  it("contradicts on a refuting word even without a scoped negation", () => {
    expect(stanceTowards("A video shows Kleban handing over money.", "The Kleban video is a hoax, the ministry says.")).toBe("contradicts");
  });
});

describe("a drafted proposition's statement", () => {
  it("drops the quotation marks around a quoted claim", () => {
    expect(propositionStatement("“On several occasions, agencies gathered evidence.”")).toBe("On several occasions, agencies gathered evidence.");
    expect(propositionStatement("He said “no” twice.")).toBe("He said “no” twice.");
  });
});
