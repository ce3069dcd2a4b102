/**
 * Factories for accounts and content, shared by the demo seed and the tests (epic-stack style), so
 * that test data is built exactly the way real data is.
 */
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { locateQuote, selectorAt } from "@/domain/anchoring/quote";
import { normalizeText } from "@/domain/anchoring/text";
import type { ReviewStatus, Role, Sourcing, Stance, Verdict } from "@/domain/vocabulary";
import { getDb, type Tx } from "@/data/db";
import { touchStory } from "@/data/stories";

/**
 * A write into a story, in one transaction with the move of the story's change stamp, as every
 * domain mutation does: a comparison cached before seeding or a test's setup is never reused after.
 */
async function intoStory<T>(storyId: string, write: (tx: Tx) => Promise<T>): Promise<T> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const result = await write(tx);
    await touchStory(tx, storyId);
    return result;
  });
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  password: string;
}

/** A user with an email-and-password account, as better-auth stores it. */
export async function createUser(input: NewUser) {
  const db = await getDb();
  const id = randomUUID();
  const password = await hashPassword(input.password);
  return db.user.create({
    data: {
      id,
      email: input.email.toLowerCase(),
      name: input.name,
      role: input.role,
      emailVerified: true,
      accounts: { create: { id: randomUUID(), accountId: id, providerId: "credential", password } },
    },
  });
}

export async function createStory(input: { title: string; description?: string; createdById?: string | null }) {
  const db = await getDb();
  return db.story.create({
    data: { title: input.title, description: input.description ?? "", createdById: input.createdById ?? null },
  });
}

export interface NewArticle {
  storyId: string;
  title: string;
  text: string;
  outlet?: string;
  author?: string;
  publishedAt?: string | null;
  url?: string | null;
  language?: string;
  position?: number;
  createdById?: string | null;
}

/** An article with its first text revision (normalised) as the current one. */
export async function createArticle(input: NewArticle) {
  return intoStory(input.storyId, async (tx) => {
    const article = await tx.article.create({
      data: {
        storyId: input.storyId,
        title: input.title,
        outlet: input.outlet ?? "",
        author: input.author ?? "",
        publishedAt: input.publishedAt ?? null,
        url: input.url ?? null,
        language: input.language ?? "en",
        position: input.position ?? 0,
        createdById: input.createdById ?? null,
      },
    });
    const revision = await tx.articleRevision.create({
      data: { articleId: article.id, number: 1, text: normalizeText(input.text), createdById: input.createdById ?? null },
    });
    const updated = await tx.article.update({
      where: { id: article.id },
      data: { currentRevisionId: revision.id },
    });
    return { ...updated, revision };
  });
}

export interface NewClaim {
  articleId: string;
  /** The quote to anchor; with prefix/suffix to choose between repeated quotes. */
  exact: string;
  prefix?: string;
  suffix?: string;
  statement: string;
  sourcing: Sourcing;
  source?: string;
  cue?: string;
  status?: ReviewStatus;
  createdById?: string | null;
}

/** A claim anchored by its quote in the article's current revision; throws if the quote is absent or ambiguous. */
export async function createClaim(input: NewClaim) {
  const db = await getDb();
  const article = await db.article.findUniqueOrThrow({
    where: { id: input.articleId },
    include: { currentRevision: true },
  });
  const revision = article.currentRevision;
  if (!revision) throw new Error(`Article ${article.id} has no text`);
  const found = locateQuote(revision.text, input);
  if (!found.ok) throw new Error(`Quote "${input.exact}" is ${found.reason} in article "${article.title}"`);
  const selector = selectorAt(revision.text, found.start, found.end);
  return intoStory(article.storyId, (tx) =>
    tx.claim.create({
      data: {
        storyId: article.storyId,
        articleId: article.id,
        revisionId: revision.id,
        ...selector,
        statement: input.statement,
        sourcing: input.sourcing,
        source: input.source ?? "",
        cue: input.cue ?? "",
        status: input.status ?? "draft",
        // In the review queue from the moment it is made, like work submitted in the app.
        reviewRequestedAt: input.status === "needs_review" ? new Date() : null,
        createdById: input.createdById ?? null,
      },
    }),
  );
}

export async function createProposition(input: {
  storyId: string;
  statement: string;
  verdict?: Verdict | null;
  rationale?: string;
  position?: number;
  createdById?: string | null;
}) {
  return intoStory(input.storyId, (tx) =>
    tx.proposition.create({
      data: {
        storyId: input.storyId,
        statement: input.statement,
        verdict: input.verdict ?? null,
        rationale: input.rationale ?? "",
        position: input.position ?? 0,
        createdById: input.createdById ?? null,
      },
    }),
  );
}

export async function createLink(input: {
  storyId: string;
  claimId: string;
  propositionId: string;
  stance: Stance;
  note?: string;
  status?: ReviewStatus;
  createdById?: string | null;
}) {
  return intoStory(input.storyId, (tx) =>
    tx.claimLink.create({
      data: {
        storyId: input.storyId,
        claimId: input.claimId,
        propositionId: input.propositionId,
        stance: input.stance,
        note: input.note ?? "",
        status: input.status ?? "draft",
        // In the review queue from the moment it is made, like work submitted in the app.
        reviewRequestedAt: input.status === "needs_review" ? new Date() : null,
        createdById: input.createdById ?? null,
      },
    }),
  );
}

/** An assignment of an article (or, without one, of the whole story) to a person. */
export async function createAssignment(input: {
  storyId: string;
  articleId?: string | null;
  userId: string;
  mode: "independent" | "shared";
  assignedById?: string | null;
  createdAt?: Date;
}) {
  return intoStory(input.storyId, (tx) =>
    tx.assignment.create({
      data: {
        storyId: input.storyId,
        articleId: input.articleId ?? null,
        userId: input.userId,
        mode: input.mode,
        assignedById: input.assignedById ?? null,
        ...(input.createdAt && { createdAt: input.createdAt }),
      },
    }),
  );
}
