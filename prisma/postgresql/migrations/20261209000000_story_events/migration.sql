-- Live events (issue 16): every audited change of a story, in commit order, for event streams to replay.
-- CreateTable
CREATE TABLE "story_event" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "storyId" TEXT NOT NULL,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL DEFAULT '',
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "version" INTEGER,
    "data" JSONB,

    CONSTRAINT "story_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "story_event_storyId_id_idx" ON "story_event"("storyId", "id");

-- AddForeignKey
ALTER TABLE "story_event" ADD CONSTRAINT "story_event_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "story"("id") ON DELETE CASCADE ON UPDATE CASCADE;

