-- Hand-added: CHECK constraints for the new enums (docs/decisions/0002).

-- CreateTable
CREATE TABLE "assignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "storyId" TEXT NOT NULL,
    "articleId" TEXT,
    "userId" TEXT NOT NULL,
    "mode" TEXT NOT NULL CHECK ("mode" IN ('independent', 'shared')),
    "status" TEXT NOT NULL DEFAULT 'open' CHECK ("status" IN ('open', 'submitted', 'closed')),
    "due" DATETIME,
    "note" TEXT NOT NULL DEFAULT '',
    "assignedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "assignment_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "story" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "assignment_storyId_articleId_fkey" FOREIGN KEY ("storyId", "articleId") REFERENCES "article" ("storyId", "id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "assignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "assignment_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "annotation_round" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "storyId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "closedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedById" TEXT,
    "figures" JSONB NOT NULL,
    CONSTRAINT "annotation_round_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "story" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "annotation_round_storyId_articleId_fkey" FOREIGN KEY ("storyId", "articleId") REFERENCES "article" ("storyId", "id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "annotation_round_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
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


-- AlterTable
ALTER TABLE "claim" ADD COLUMN "adjudicatedAt" DATETIME;
