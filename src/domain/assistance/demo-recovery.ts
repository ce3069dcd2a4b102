/**
 * The demo figure of `npm run eval`: draft the demo story's two articles as if no claim were
 * recorded, and count the editor's propositions the draft recovers. A proposition is recovered when
 * one drafted item holds, in each article where the proposition has claims, words overlapping one of
 * its claims there, each with the editor's stance (or every stance reversed: a drafted item's
 * polarity follows its central claim, which may be one the proposition contradicts).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { demoStory } from "@/demo/demo-story";
import type { Stance } from "@/domain/vocabulary";
import { type DraftCandidate, draftGroups } from "./draft";
import { statementOf } from "./statement";
import { suggestClaims } from "./suggest";

export interface DemoRecovery {
  recovered: number;
  propositions: number;
  /** Statements of the propositions not recovered. */
  missed: string[];
  items: number;
  seconds: number;
}

function anchor(text: string, exact: string, prefix?: string): number {
  return prefix ? text.indexOf(prefix + exact) + prefix.length : text.indexOf(exact);
}

export function evaluateDemoRecovery(): DemoRecovery {
  const texts = new Map(demoStory.articles.map((a) => [a.key, readFileSync(path.join(process.cwd(), "src/demo/articles", a.file), "utf8")]));
  const started = Date.now();
  const candidates: (DraftCandidate & { start: number; end: number })[] = [];
  for (const [key, text] of texts) {
    for (const s of suggestClaims({ text, ownVoice: "all" }))
      candidates.push({ articleId: key, exact: s.exact, statement: statementOf(s.exact), start: s.start, end: s.end });
  }
  const groups = draftGroups(candidates, { articles: texts.size });
  const seconds = (Date.now() - started) / 1000;
  const claims = new Map(
    demoStory.claims.map((c) => {
      const start = anchor(texts.get(c.article)!, c.exact, c.prefix);
      return [c.key, { article: c.article, start, end: start + c.exact.length }];
    }),
  );
  const missed: string[] = [];
  for (const p of demoStory.propositions) {
    const byArticle = new Map<string, { start: number; end: number; stance: Stance }[]>();
    for (const l of p.links) {
      const c = claims.get(l.claim)!;
      byArticle.set(c.article, [...(byArticle.get(c.article) ?? []), { start: c.start, end: c.end, stance: l.stance }]);
    }
    const recovered = groups.some((g) =>
      [false, true].some((flip) =>
        [...byArticle].every(([article, spans]) =>
          g.members.some((i, k) => {
            const m = candidates[i]!;
            const stance = flip ? (g.stances[k] === "supports" ? "contradicts" : "supports") : g.stances[k];
            return m.articleId === article && spans.some((s) => s.start < m.end && m.start < s.end && s.stance === stance);
          }),
        ),
      ),
    );
    if (!recovered) missed.push(p.statement);
  }
  return { recovered: demoStory.propositions.length - missed.length, propositions: demoStory.propositions.length, missed, items: groups.length, seconds };
}
