-- CreateEnum
CREATE TYPE "CommentKind" AS ENUM ('comment', 'sent_back');

-- CreateEnum
CREATE TYPE "SuggestionOutcome" AS ENUM ('accepted', 'rejected');

-- AlterTable
ALTER TABLE "claim" ADD COLUMN     "reviewRequestedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "claim_link" ADD COLUMN     "reviewRequestedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "comment" (
    "id" TEXT NOT NULL,
    "storyId" TEXT NOT NULL,
    "claimId" TEXT,
    "propositionId" TEXT,
    "linkId" TEXT,
    "kind" "CommentKind" NOT NULL DEFAULT 'comment',
    "body" TEXT NOT NULL,
    "authorId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "suggestion_decision" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "exact" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "outcome" "SuggestionOutcome" NOT NULL,
    "claimId" TEXT,
    "decidedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "suggestion_decision_pkey" PRIMARY KEY ("id")
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

-- CreateIndex
CREATE UNIQUE INDEX "claim_link_storyId_id_key" ON "claim_link"("storyId", "id");

-- AddForeignKey
ALTER TABLE "comment" ADD CONSTRAINT "comment_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "story"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment" ADD CONSTRAINT "comment_storyId_claimId_fkey" FOREIGN KEY ("storyId", "claimId") REFERENCES "claim"("storyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment" ADD CONSTRAINT "comment_storyId_propositionId_fkey" FOREIGN KEY ("storyId", "propositionId") REFERENCES "proposition"("storyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment" ADD CONSTRAINT "comment_storyId_linkId_fkey" FOREIGN KEY ("storyId", "linkId") REFERENCES "claim_link"("storyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment" ADD CONSTRAINT "comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "suggestion_decision" ADD CONSTRAINT "suggestion_decision_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "suggestion_decision" ADD CONSTRAINT "suggestion_decision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

