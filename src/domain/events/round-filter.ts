/**
 * Events during an independent round (issue 17's rule, src/domain/assignments/visibility.ts): a
 * reader's stream leaves out changes to claims and links that reader may not read, and to comments
 * on them, so the live view hides exactly what the pages hide. The rules are read again when an
 * assignment, a round or an article changes (a new article joins a story-wide round).
 */
import { getDb } from "@/data/db";
import { hidesWork, type RoundRule, roundRules } from "@/domain/assignments/visibility";
import type { Asker } from "@/domain/auth/can";
import type { StoryEventDto } from "./schemas";

const RULE_CHANGES = new Set(["assignment", "round", "article"]);

async function claimHidden(rules: RoundRule[], id: string): Promise<boolean> {
  const db = await getDb();
  const c = await db.claim.findUnique({ where: { id }, select: { articleId: true, createdById: true, createdAt: true } });
  return c !== null && hidesWork(rules, c);
}

async function linkHidden(rules: RoundRule[], id: string): Promise<boolean> {
  const db = await getDb();
  const l = await db.claimLink.findUnique({
    where: { id },
    select: { createdById: true, createdAt: true, claim: { select: { articleId: true, createdById: true, createdAt: true } } },
  });
  return l !== null && (hidesWork(rules, l.claim) || hidesWork(rules, { ...l, articleId: l.claim.articleId }));
}

async function commentHidden(rules: RoundRule[], id: string): Promise<boolean> {
  const db = await getDb();
  const c = await db.comment.findUnique({ where: { id }, select: { claimId: true, linkId: true } });
  if (!c) return false;
  return (c.claimId !== null && (await claimHidden(rules, c.claimId))) || (c.linkId !== null && (await linkHidden(rules, c.linkId)));
}

export async function roundFilterFor(asker: Asker, storyId: string): Promise<{ hides: (event: StoryEventDto) => Promise<boolean> }> {
  let rules = await roundRules(asker, storyId);
  return {
    async hides(event) {
      if (RULE_CHANGES.has(event.entity)) rules = await roundRules(asker, storyId);
      if (rules.length === 0) return false;
      if (event.entity === "claim") return claimHidden(rules, event.entityId);
      if (event.entity === "link") return linkHidden(rules, event.entityId);
      if (event.entity === "comment") return commentHidden(rules, event.entityId);
      return false;
    },
  };
}
