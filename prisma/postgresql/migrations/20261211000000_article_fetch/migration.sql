-- Articles imported by URL keep the page's modification date, and when and from where it was last fetched (issue 20).
ALTER TABLE "article" ADD COLUMN "modifiedAt" TEXT;
ALTER TABLE "article" ADD COLUMN "fetchedAt" TIMESTAMP(3);
ALTER TABLE "article" ADD COLUMN "fetchUrl" TEXT;
