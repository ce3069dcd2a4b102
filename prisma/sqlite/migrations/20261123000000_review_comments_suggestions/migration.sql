-- Hand-added: CHECK constraints for the new enums (docs/decisions/0002).

-- CreateIndex
CREATE UNIQUE INDEX "claim_link_storyId_id_key" ON "claim_link"("storyId", "id");

-- AlterTable
ALTER TABLE "claim" ADD COLUMN "reviewRequestedAt" DATETIME;

-- AlterTable
ALTER TABLE "claim_link" ADD COLUMN "reviewRequestedAt" DATETIME;

-- CreateTable
CREATE TABLE "comment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "storyId" TEXT NOT NULL,
    "claimId" TEXT,
    "propositionId" TEXT,
    "linkId" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'comment' CHECK ("kind" IN ('comment', 'sent_back')),
    "body" TEXT NOT NULL,
    "authorId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "comment_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "story" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "comment_storyId_claimId_fkey" FOREIGN KEY ("storyId", "claimId") REFERENCES "claim" ("storyId", "id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "comment_storyId_propositionId_fkey" FOREIGN KEY ("storyId", "propositionId") REFERENCES "proposition" ("storyId", "id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "comment_storyId_linkId_fkey" FOREIGN KEY ("storyId", "linkId") REFERENCES "claim_link" ("storyId", "id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "suggestion_decision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "exact" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "outcome" TEXT NOT NULL CHECK ("outcome" IN ('accepted', 'rejected')),
    "claimId" TEXT,
    "decidedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "suggestion_decision_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "suggestion_decision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "comment_claimId_createdAt_idx" ON "comment"("claimId", "createdAt");

-- CreateIndex
CREATE INDEX "comment_propositionId_createdAt_idx" ON "comment"("propositionId", "createdAt");

-- CreateIndex
CREATE INDEX "comment_linkId_createdAt_idx" ON "comment"("linkId", "createdAt");

-- CreateIndex
CREATE INDEX "comment_storyId_createdAt_idx" ON "comment"("storyId", "createdAt");

-- CreateIndex
CREATE INDEX "suggestion_decision_articleId_idx" ON "suggestion_decision"("articleId");


