-- CreateEnum
CREATE TYPE "AssignmentMode" AS ENUM ('independent', 'shared');

-- CreateEnum
CREATE TYPE "AssignmentStatus" AS ENUM ('open', 'submitted', 'closed');

-- CreateTable
CREATE TABLE "assignment" (
    "id" TEXT NOT NULL,
    "storyId" TEXT NOT NULL,
    "articleId" TEXT,
    "userId" TEXT NOT NULL,
    "mode" "AssignmentMode" NOT NULL,
    "status" "AssignmentStatus" NOT NULL DEFAULT 'open',
    "due" TIMESTAMP(3),
    "note" TEXT NOT NULL DEFAULT '',
    "assignedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "annotation_round" (
    "id" TEXT NOT NULL,
    "storyId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedById" TEXT,
    "figures" JSONB NOT NULL,

    CONSTRAINT "annotation_round_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "assignment_storyId_status_idx" ON "assignment"("storyId", "status");

-- CreateIndex
CREATE INDEX "assignment_userId_status_idx" ON "assignment"("userId", "status");

-- CreateIndex
CREATE INDEX "assignment_articleId_status_idx" ON "assignment"("articleId", "status");

-- CreateIndex
CREATE INDEX "annotation_round_articleId_closedAt_idx" ON "annotation_round"("articleId", "closedAt");

-- CreateIndex
CREATE INDEX "annotation_round_storyId_closedAt_idx" ON "annotation_round"("storyId", "closedAt");

-- AddForeignKey
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "story"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_storyId_articleId_fkey" FOREIGN KEY ("storyId", "articleId") REFERENCES "article"("storyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annotation_round" ADD CONSTRAINT "annotation_round_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "story"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annotation_round" ADD CONSTRAINT "annotation_round_storyId_articleId_fkey" FOREIGN KEY ("storyId", "articleId") REFERENCES "article"("storyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annotation_round" ADD CONSTRAINT "annotation_round_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "claim" ADD COLUMN "adjudicatedAt" TIMESTAMP(3);
