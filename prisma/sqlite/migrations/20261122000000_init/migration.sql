-- Hand-added: CHECK constraints for the model's enums (SQLite has no enum type; docs/decisions/0002).
-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" TEXT NOT NULL DEFAULT 'viewer' CHECK ("role" IN ('admin', 'editor', 'analyst', 'viewer')),
    "disabledAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "userId" TEXT NOT NULL,
    CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" DATETIME,
    "refreshTokenExpiresAt" DATETIME,
    "scope" TEXT,
    "password" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "verification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "rate_limit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "lastRequest" BIGINT NOT NULL
);

-- CreateTable
CREATE TABLE "api_token" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "lastFour" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    "expiresAt" DATETIME,
    "revokedAt" DATETIME,
    CONSTRAINT "api_token_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "story" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "story_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "storyId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "outlet" TEXT NOT NULL DEFAULT '',
    "author" TEXT NOT NULL DEFAULT '',
    "publishedAt" TEXT,
    "url" TEXT,
    "language" TEXT NOT NULL DEFAULT 'en',
    "position" INTEGER NOT NULL DEFAULT 0,
    "currentRevisionId" TEXT,
    "createdById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "article_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "story" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "article_currentRevisionId_fkey" FOREIGN KEY ("currentRevisionId") REFERENCES "article_revision" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "article_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "article_revision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "article_revision_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "article_revision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "claim" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "storyId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "exact" TEXT NOT NULL,
    "prefix" TEXT NOT NULL DEFAULT '',
    "suffix" TEXT NOT NULL DEFAULT '',
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "orphaned" BOOLEAN NOT NULL DEFAULT false,
    "statement" TEXT NOT NULL,
    "sourcing" TEXT NOT NULL CHECK ("sourcing" IN ('confirmed', 'attributed', 'speculative')),
    "source" TEXT NOT NULL DEFAULT '',
    "cue" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'draft' CHECK ("status" IN ('draft', 'needs_review', 'approved')),
    "createdById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "claim_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "story" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "claim_storyId_articleId_fkey" FOREIGN KEY ("storyId", "articleId") REFERENCES "article" ("storyId", "id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "claim_articleId_revisionId_fkey" FOREIGN KEY ("articleId", "revisionId") REFERENCES "article_revision" ("articleId", "id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "claim_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "proposition" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "storyId" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "verdict" TEXT CHECK ("verdict" IN ('true', 'mostly_true', 'mixed', 'mostly_false', 'false', 'misleading', 'unproven')),
    "rationale" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "proposition_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "story" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "proposition_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "claim_link" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "storyId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "propositionId" TEXT NOT NULL,
    "stance" TEXT NOT NULL CHECK ("stance" IN ('supports', 'contradicts')),
    "note" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'draft' CHECK ("status" IN ('draft', 'needs_review', 'approved')),
    "createdById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "claim_link_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "story" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "claim_link_storyId_claimId_fkey" FOREIGN KEY ("storyId", "claimId") REFERENCES "claim" ("storyId", "id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "claim_link_storyId_propositionId_fkey" FOREIGN KEY ("storyId", "propositionId") REFERENCES "proposition" ("storyId", "id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "claim_link_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "audit_entry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "storyId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    CONSTRAINT "audit_entry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "audit_entry_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "story" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_key" ON "session"("token");

-- CreateIndex
CREATE INDEX "session_userId_idx" ON "session"("userId");

-- CreateIndex
CREATE INDEX "account_userId_idx" ON "account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "account_providerId_accountId_key" ON "account"("providerId", "accountId");

-- CreateIndex
CREATE INDEX "verification_identifier_idx" ON "verification"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "rate_limit_key_key" ON "rate_limit"("key");

-- CreateIndex
CREATE UNIQUE INDEX "api_token_tokenHash_key" ON "api_token"("tokenHash");

-- CreateIndex
CREATE INDEX "api_token_userId_idx" ON "api_token"("userId");

-- CreateIndex
CREATE INDEX "story_deletedAt_updatedAt_idx" ON "story"("deletedAt", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "article_currentRevisionId_key" ON "article"("currentRevisionId");

-- CreateIndex
CREATE INDEX "article_storyId_deletedAt_position_idx" ON "article"("storyId", "deletedAt", "position");

-- CreateIndex
CREATE UNIQUE INDEX "article_storyId_id_key" ON "article"("storyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "article_revision_articleId_number_key" ON "article_revision"("articleId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "article_revision_articleId_id_key" ON "article_revision"("articleId", "id");

-- CreateIndex
CREATE INDEX "claim_articleId_deletedAt_start_idx" ON "claim"("articleId", "deletedAt", "start");

-- CreateIndex
CREATE INDEX "claim_storyId_deletedAt_idx" ON "claim"("storyId", "deletedAt");

-- CreateIndex
CREATE UNIQUE INDEX "claim_storyId_id_key" ON "claim"("storyId", "id");

-- CreateIndex
CREATE INDEX "proposition_storyId_deletedAt_position_idx" ON "proposition"("storyId", "deletedAt", "position");

-- CreateIndex
CREATE UNIQUE INDEX "proposition_storyId_id_key" ON "proposition"("storyId", "id");

-- CreateIndex
CREATE INDEX "claim_link_storyId_deletedAt_idx" ON "claim_link"("storyId", "deletedAt");

-- CreateIndex
CREATE INDEX "claim_link_propositionId_idx" ON "claim_link"("propositionId");

-- CreateIndex
CREATE UNIQUE INDEX "claim_link_claimId_propositionId_key" ON "claim_link"("claimId", "propositionId");

-- CreateIndex
CREATE INDEX "audit_entry_storyId_at_idx" ON "audit_entry"("storyId", "at");

-- CreateIndex
CREATE INDEX "audit_entry_entity_entityId_idx" ON "audit_entry"("entity", "entityId");

