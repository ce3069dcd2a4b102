/**
 * The demo story as a json export document, built in memory from src/demo (no database), for the
 * serialisers' unit tests.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { locateQuote, selectorAt } from "@/domain/anchoring/quote";
import { normalizeText } from "@/domain/anchoring/text";
import { STORY_FORMAT, STORY_FORMAT_VERSION, type StoryExport } from "@/domain/exchange/format";
import { demoStory } from "@/demo/demo-story";

const AT = "2026-01-15T10:00:00.000Z";
const stamps = { createdAt: AT, updatedAt: AT };

export function demoStoryExport(): StoryExport {
  const texts = new Map(demoStory.articles.map((a) => [a.key, normalizeText(readFileSync(path.join(__dirname, "../../src/demo/articles", a.file), "utf8"))]));
  return {
    format: STORY_FORMAT,
    formatVersion: STORY_FORMAT_VERSION,
    exportedAt: AT,
    exportedBy: "Demo Editor",
    source: { app: "Claimboard", storyId: "story-1", url: "http://localhost:3000/stories/story-1" },
    story: { id: "story-1", title: demoStory.title, description: demoStory.description, createdBy: "Demo Editor", ...stamps },
    articles: demoStory.articles.map((a) => ({
      id: `article-${a.key}`,
      title: a.title,
      outlet: a.outlet,
      author: a.author,
      publishedAt: a.publishedAt,
      url: a.url,
      language: a.language,
      currentRevision: 1,
      revisions: [{ number: 1, text: texts.get(a.key)!, createdBy: "Demo Editor", createdAt: AT }],
      claims: demoStory.claims
        .filter((c) => c.article === a.key)
        .map((c) => {
          const text = texts.get(a.key)!;
          const found = locateQuote(text, c);
          if (!found.ok) throw new Error(`demo quote ${c.key} does not anchor`);
          return {
            id: `claim-${c.key}`,
            revision: 1,
            selector: selectorAt(text, found.start, found.end),
            orphaned: false,
            statement: c.statement,
            sourcing: c.sourcing,
            source: c.source,
            cue: c.cue,
            status: c.status,
            createdBy: c.author === "editor" ? "Demo Editor" : "Demo Analyst",
            ...stamps,
            comments: [],
          };
        }),
      createdBy: "Demo Editor",
      ...stamps,
    })),
    propositions: demoStory.propositions.map((p) => ({
      id: `proposition-${p.key}`,
      statement: p.statement,
      verdict: p.verdict ?? null,
      rationale: p.rationale ?? "",
      verdictGivenBy: p.verdict ? "Demo Editor" : null,
      verdictGivenAt: p.verdict ? AT : null,
      createdBy: "Demo Editor",
      ...stamps,
      links: p.links.map((l, i) => ({
        id: `link-${p.key}-${i}`,
        claimId: `claim-${l.claim}`,
        stance: l.stance,
        note: l.note ?? "",
        status: "approved" as const,
        createdBy: "Demo Editor",
        ...stamps,
        comments: [],
      })),
      comments: [],
    })),
  };
}
