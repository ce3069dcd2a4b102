-- CreateTable
CREATE TABLE "draft_decision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "storyId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "outcome" TEXT NOT NULL CHECK ("outcome" IN ('accepted', 'rejected')),
    "propositionId" TEXT,
    "decidedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "draft_decision_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "story" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "draft_decision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "draft_decision_storyId_key_key" ON "draft_decision"("storyId", "key");

