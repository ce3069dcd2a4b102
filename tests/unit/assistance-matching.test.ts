import { describe, expect, it } from "vitest";
import { divergenceReasons } from "@/domain/assistance/divergence";
import { evaluateMatching, parseEvalCsv, stanceMetrics } from "@/domain/assistance/evaluation";
import { type MatchCandidate, suggestMatches } from "@/domain/assistance/match";
import { predictStance } from "@/domain/assistance/stance";

const target = {
  id: "c1",
  articleId: "a1",
  statement: "Lt.Col. Kleban was in contact with members of the Serbian army",
  exact: "contacts between Lt.Col. Kleban and members of the Serbian army",
  sourcing: "attributed" as const,
};

const candidates: MatchCandidate[] = [
  {
    kind: "claim",
    id: "c2",
    articleId: "a2",
    statement: "Montenegro escaped a Russian military base",
    exact: "Montenegro escaped the fate of a Russian military base",
    sourcing: "confirmed",
  },
  {
    kind: "claim",
    id: "c3",
    articleId: "a2",
    statement: "The messenger was the Russian diplomat Georgij Kleban, deputy military attaché",
    exact: "the messenger was the Russian diplomat Georgij Kleban, deputy military attaché at the embassy",
    sourcing: "confirmed",
  },
  { kind: "claim", id: "c4", articleId: "a1", statement: "Kleban met Serbian army members", exact: "Kleban met Serbian army members", sourcing: "attributed" },
  { kind: "proposition", id: "p1", statement: "Kleban is a Russian military officer" },
  {
    kind: "claim",
    id: "c5",
    articleId: "a2",
    statement: "Vučić affirmed Putin was not informed",
    exact: "Vladimir Putin was “not informed about these activities”",
    sourcing: "attributed",
  },
];

describe("match ranking", () => {
  it("ranks the other article's Kleban claim first and names the title divergence", () => {
    const items = suggestMatches(target, candidates);
    expect(
      items
        .map((i) => i.claimId ?? i.propositionId)
        .slice(0, 2)
        .sort(),
    ).toEqual(["c3", "p1"]);
    const kleban = items.find((i) => i.claimId === "c3")!;
    expect(kleban).toMatchObject({ articleId: "a2", sourcing: "confirmed", stance: "supports" });
    expect(kleban.reasons.find((r) => r.kind === "title")).toMatchObject({ a: "Lt.Col", b: "diplomat deputy military attaché" });
    expect(kleban.reasonText).toMatch(/different title or rank for Kleban/);
  });

  it("leaves out claims of the same article and unrelated ones, and offers propositions", () => {
    const items = suggestMatches(target, candidates);
    expect(items.map((i) => i.claimId ?? i.propositionId)).not.toContain("c4");
    expect(items.map((i) => i.claimId ?? i.propositionId)).not.toContain("c5");
    expect(items.find((i) => i.propositionId === "p1")).toMatchObject({ sourcing: "attributed" });
    const scores = items.map((i) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe("rare shared names", () => {
  const story = (statement: string, id: string, articleId = "b"): MatchCandidate => ({
    kind: "claim",
    id,
    articleId,
    statement,
    exact: statement,
    sourcing: "confirmed",
  });
  const filler = [
    "Vučić said Serbia will keep friendly relations with Russia",
    "Vučić confirmed the Serbian army cooperates with Russia",
    "The Serbian government rejected sanctions against Russia",
    "Vučić accused Western military representatives of spying in Serbia",
  ].map((s, i) => story(s, `f${i}`));

  it("rank a claim sharing one rare name above one sharing several common words", () => {
    const items = suggestMatches(
      { id: "t", articleId: "a", statement: "Vučić: Lt.Col. Kleban met members of the Serbian army", exact: "Lt.Col. Kleban met members of the Serbian army" },
      [
        ...filler,
        story("Vučić said members of the Serbian army did not leak the video", "common"),
        story("The messenger was the diplomat Georgij Kleban", "rare"),
      ],
    );
    expect(items[0]?.claimId).toBe("rare");
    expect(items.findIndex((i) => i.claimId === "common")).toBeGreaterThan(0);
  });
});

describe("divergence reasons", () => {
  it("names different numbers, dates and negation", () => {
    const kinds = divergenceReasons("Three spies were caught in November 2019", "Five spies were not caught in 2020").map((r) => [r.kind, r.a, r.b]);
    expect(kinds).toEqual([
      ["number", "3", "5"],
      ["date", "November 2019", "2020"],
      ["negation", "", "not"],
    ]);
  });

  it("names the same rank held by different people", () => {
    const reasons = divergenceReasons("Lt. Col. Kleban took the money", "The recipient was the retired Lieutenant Colonel Z.K. of the service");
    expect(reasons.find((r) => r.kind === "name")).toMatchObject({ a: "Kleban", b: "Z.K" });
  });

  it("finds nothing when the facts agree", () => {
    expect(divergenceReasons("Vučić spoke in Belgrade in 2020", "In 2020 Vučić spoke in Belgrade")).toEqual([]);
  });
});

describe("stance", () => {
  it("reads denial, hedging and assertion", () => {
    const claim = "Loggers cut down the world's oldest tree";
    expect(predictStance(claim, "Hoax: loggers did not cut down the world's oldest tree").label).toBe("against");
    expect(predictStance(claim, "Loggers may have cut down world's oldest tree, reports claim").label).toBe("observing");
    expect(predictStance(claim, "Loggers cut down world's oldest tree").label).toBe("for");
  });
});

describe("evaluation", () => {
  const CSV = [
    "claimId,claimHeadline,articleId,articleHeadline,articleHeadlineStance",
    'c1,Apple will sell watches,a1,"Apple to sell 19M watches, analyst says",observing',
    "c1,Apple will sell watches,a2,Apple sells 19M watches,for",
    "c2,A burger lasted 20 years,a3,Burger kept 20 years,for",
    "c2,A burger lasted 20 years,a4,20-year burger is a hoax,against",
  ].join("\r\n");

  it("parses quoted fields and refuses unknown stances with the line", () => {
    const rows = parseEvalCsv(CSV);
    expect(rows[0]).toMatchObject({ articleHeadline: "Apple to sell 19M watches, analyst says", stance: "observing" });
    expect(() => parseEvalCsv(CSV.replace("against", "maybe"), "x.csv")).toThrow(/x.csv, line 5: .*"maybe"/);
    expect(() => parseEvalCsv("a,b\n1,2", "y.csv")).toThrow(/lacks column/);
  });

  it("computes recall@k, MRR, accuracy and macro-F1", () => {
    const m = evaluateMatching(parseEvalCsv(CSV));
    expect(m).toMatchObject({ "recall@1": 1, "recall@5": 1, mrr: 1, queries: 4 });
    const s = stanceMetrics(["for", "for", "against", "observing"], ["for", "against", "against", "observing"]);
    expect(s.accuracy).toBe(0.75);
    expect(s.perClass.for).toMatchObject({ precision: 1, recall: 0.5 });
    expect(s.macroF1).toBeCloseTo((2 / 3 + 2 / 3 + 1) / 3, 6);
  });
});
