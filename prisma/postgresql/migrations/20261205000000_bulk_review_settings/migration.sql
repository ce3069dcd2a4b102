-- Editors choose whether the claims they record start approved (issue 15, review in bulk), and a claim
-- re-anchored onto reworded text is marked until someone checks it.
ALTER TABLE "user" ADD COLUMN "ownClaimsStartApproved" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "claim" ADD COLUMN "wordsChangedAt" TIMESTAMP(3);
