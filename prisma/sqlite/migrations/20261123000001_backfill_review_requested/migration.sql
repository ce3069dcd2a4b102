-- Work already waiting for review when the queue's ordering column was added enters the queue at
-- its last change (the demo seed and earlier databases set the status without the time).
UPDATE "claim" SET "reviewRequestedAt" = "updatedAt" WHERE "status" = 'needs_review' AND "reviewRequestedAt" IS NULL;
UPDATE "claim_link" SET "reviewRequestedAt" = "updatedAt" WHERE "status" = 'needs_review' AND "reviewRequestedAt" IS NULL;
