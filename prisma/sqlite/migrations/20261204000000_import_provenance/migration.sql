-- Imported stories keep their provenance (the file's name, when) and their original authorship:
-- work by someone without an account here records who they were (issue 15, bug 6).
ALTER TABLE "story" ADD COLUMN "importedFrom" TEXT;
ALTER TABLE "story" ADD COLUMN "importedAt" DATETIME;
ALTER TABLE "story" ADD COLUMN "importedAuthor" TEXT;
ALTER TABLE "article" ADD COLUMN "importedAuthor" TEXT;
ALTER TABLE "article_revision" ADD COLUMN "importedAuthor" TEXT;
ALTER TABLE "claim" ADD COLUMN "importedAuthor" TEXT;
ALTER TABLE "proposition" ADD COLUMN "importedAuthor" TEXT;
ALTER TABLE "claim_link" ADD COLUMN "importedAuthor" TEXT;
ALTER TABLE "comment" ADD COLUMN "importedAuthor" TEXT;
