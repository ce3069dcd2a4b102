import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it, expect } from "vitest";
import { demoStory } from "@/demo/demo-story";
import { sourcings, type Sourcing, type Stance } from "@/domain/vocabulary";

/** The article texts exactly as stored: no trimming, no quote or Unicode normalisation. */
const texts = new Map<string, string>(
  demoStory.articles.map((article) => [article.key, readFileSync(join(process.cwd(), "src/demo/articles", article.file), "utf8")]),
);

function countOccurrences(haystack: string, needle: string): number {
  if (needle.length === 0) return 0;
  let count = 0;
  let from = haystack.indexOf(needle);
  while (from !== -1) {
    count += 1;
    from = haystack.indexOf(needle, from + 1);
  }
  return count;
}

function textOf(articleKey: string): string {
  const text = texts.get(articleKey);
  if (text === undefined) throw new Error(`no article with key ${articleKey}`);
  return text;
}

const claimsByKey = new Map(demoStory.claims.map((claim) => [claim.key, claim]));

/** For each proposition, the stances each article takes on it (through its linked claims). */
function stancesByArticle(propositionKey: string): Map<string, Set<Stance>> {
  const proposition = demoStory.propositions.find((p) => p.key === propositionKey);
  const result = new Map<string, Set<Stance>>();
  for (const link of proposition?.links ?? []) {
    const claim = claimsByKey.get(link.claim);
    if (!claim) continue;
    const stances = result.get(claim.article) ?? new Set<Stance>();
    stances.add(link.stance);
    result.set(claim.article, stances);
  }
  return result;
}

describe("demo story", () => {
  it("has unique article keys and readable article files", () => {
    const keys = demoStory.articles.map((a) => a.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(textOf(key).length).toBeGreaterThan(0);
  });

  it("anchors every claim's exact quote to exactly one place in its article", () => {
    for (const claim of demoStory.claims) {
      const text = textOf(claim.article);
      const occurrences = countOccurrences(text, claim.exact);
      expect(occurrences, `${claim.key}: exact not found`).toBeGreaterThan(0);
      if (occurrences > 1 || claim.prefix !== undefined || claim.suffix !== undefined) {
        const withContext = (claim.prefix ?? "") + claim.exact + (claim.suffix ?? "");
        expect(countOccurrences(text, withContext), `${claim.key}: ambiguous quote`).toBe(1);
      }
    }
  });

  it("has unique claim keys", () => {
    const keys = demoStory.claims.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("links only to claims that exist, and never the same claim twice in one proposition", () => {
    for (const proposition of demoStory.propositions) {
      const linked = proposition.links.map((l) => l.claim);
      for (const key of linked) {
        expect(claimsByKey.has(key), `${proposition.key}: unknown claim ${key}`).toBe(true);
      }
      expect(new Set(linked).size, `${proposition.key}: duplicate link`).toBe(linked.length);
    }
  });

  it("has unique proposition keys", () => {
    const keys = demoStory.propositions.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("gives each article at least 12 claims using every sourcing value", () => {
    for (const article of demoStory.articles) {
      const claims = demoStory.claims.filter((c) => c.article === article.key);
      expect(claims.length, article.key).toBeGreaterThanOrEqual(12);
      const used = new Set<Sourcing>(claims.map((c) => c.sourcing));
      for (const sourcing of sourcings) {
        expect(used.has(sourcing), `${article.key} lacks ${sourcing}`).toBe(true);
      }
    }
  });

  it("shows an agreement, a divergence and an only-in between the two articles", () => {
    const [a, b] = demoStory.articles.map((article) => article.key);
    if (a === undefined || b === undefined) throw new Error("the demo needs two articles");

    const cells = demoStory.propositions.map((p) => {
      const stances = stancesByArticle(p.key);
      return { a: stances.get(a), b: stances.get(b) };
    });
    const only = (set: Set<Stance> | undefined, stance: Stance): boolean => set !== undefined && set.size === 1 && set.has(stance);

    const agreements = cells.filter((c) => only(c.a, "supports") && only(c.b, "supports"));
    const divergences = cells.filter((c) => (only(c.a, "supports") && only(c.b, "contradicts")) || (only(c.a, "contradicts") && only(c.b, "supports")));
    const onlyIn = cells.filter((c) => (c.a === undefined) !== (c.b === undefined));

    expect(agreements.length).toBeGreaterThanOrEqual(1);
    expect(divergences.length).toBeGreaterThanOrEqual(1);
    expect(onlyIn.length).toBeGreaterThanOrEqual(1);
  });
});
