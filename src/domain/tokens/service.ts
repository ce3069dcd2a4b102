/**
 * API tokens (docs/contract/API.md: POST /api/v1/tokens). A token is 32 random bytes shown once; only its SHA-256
 * digest is stored, so a database leak does not leak usable tokens. Passwords are checked with
 * better-auth's own verifier, the same one sign-in uses.
 */
import { createHash, randomBytes } from "node:crypto";
import { hashPassword, verifyPassword } from "better-auth/crypto";
import { findLiveTokenByHash, findTokensOfUser, findUserWithPasswordByEmail, insertApiToken, revokeTokenOfUser, touchToken } from "@/data/users";
import type { Actor } from "@/domain/auth/actor";
import { DomainError, notFound, parseInput } from "@/domain/errors";
import { type ApiTokenDto, CreateTokenInput, IssueTokenInput } from "./schemas";

const TOKEN_PREFIX = "cb_";
/** lastUsedAt is written at most this often per token, to keep reads cheap. */
const TOUCH_INTERVAL_MS = 60_000;

export const digestToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

// Verifying against a fixed hash when the email is unknown keeps the response time the same, so
// the endpoint does not reveal which emails have accounts.
let decoyHash: Promise<string> | undefined;

export interface PasswordAttemptGuard {
  /** Counts the attempt against the account (shared with sign-in); true when it is over the limit. */
  accountOverLimit(email: string): Promise<boolean>;
  /** Counts the attempt against the caller's address; true when it is over the limit. */
  addressOverLimit?(): Promise<boolean>;
}

export async function createApiToken(input: unknown, guard?: PasswordAttemptGuard): Promise<{ token: string; item: ApiTokenDto }> {
  const body = parseInput(CreateTokenInput, input);
  // Throttled before the password is checked, and also for the right one, so the limit cannot be probed.
  if (guard && ((guard.addressOverLimit && (await guard.addressOverLimit())) || (await guard.accountOverLimit(body.email)))) {
    throw new DomainError("rate_limited", "Too many sign-in attempts for this account. Wait five minutes and try again.");
  }
  const user = await findUserWithPasswordByEmail(body.email.toLowerCase());
  const hash = user?.accounts[0]?.password;
  decoyHash ??= hashPassword("claimboard-decoy-password");
  const ok = await verifyPassword({ hash: hash ?? (await decoyHash), password: body.password });
  if (!user || !hash || !ok) {
    throw new DomainError("unauthenticated", "The email or password is wrong.");
  }
  if (user.disabledAt) throw new DomainError("forbidden", "This account is disabled. Ask an admin to enable it.");
  return mintToken(user.id, body.name ?? "API token", body.expiresInDays);
}

/** A new token for the signed-in person, shown once. */
export async function issueApiToken(actor: Actor, input: unknown): Promise<{ token: string; item: ApiTokenDto }> {
  const body = parseInput(IssueTokenInput, input, "The token");
  return mintToken(actor.userId, body.name, body.expiresInDays);
}

async function mintToken(userId: string, name: string, expiresInDays?: number) {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const expiresAt = expiresInDays ? new Date(Date.now() + expiresInDays * 86_400_000) : null;
  const row = await insertApiToken({ userId, name, tokenHash: digestToken(token), lastFour: token.slice(-4), expiresAt });
  return { token, item: toTokenDto(row) };
}

/** The actor behind a bearer token, or null if it is unknown, revoked, expired or its account disabled. */
export async function actorFromToken(token: string): Promise<Actor | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const now = new Date();
  const row = await findLiveTokenByHash(digestToken(token), now);
  if (!row || row.user.disabledAt) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
    await touchToken(row.id, now);
  }
  const { id, name, email, role } = row.user;
  return { userId: id, name, email, role };
}

function toTokenDto(row: {
  id: string;
  name: string;
  lastFour: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
}): ApiTokenDto {
  return {
    id: row.id,
    name: row.name,
    lastFour: row.lastFour,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export async function listApiTokens(actor: Actor): Promise<ApiTokenDto[]> {
  return (await findTokensOfUser(actor.userId)).map(toTokenDto);
}

export async function revokeApiToken(actor: Actor, id: string): Promise<void> {
  const { count } = await revokeTokenOfUser(id, actor.userId, new Date());
  if (count === 0) throw notFound(`API token ${id}`);
}
