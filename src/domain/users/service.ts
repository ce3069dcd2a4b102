/**
 * Accounts, managed by admins: create, re-role, rename, disable and enable, set a new password.
 * There is no self sign-up. At least one enabled admin always remains, so nobody can lock the
 * newsroom out of its own instance. Every change is audited.
 */
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { inTransaction } from "@/data/db";
import {
  type AccountRow,
  countActiveAdmins,
  endSessionsAndTokensOfUser,
  findAccount,
  findAllUsers,
  findUserIdByEmail,
  insertUserWithPassword,
  setCredentialPassword,
  updateUserAtVersion,
} from "@/data/users";
import { recordAudit } from "@/domain/audit/record";
import type { Actor } from "@/domain/auth/actor";
import { atLeast } from "@/domain/auth/permissions";
import { DomainError, forbidden, notFound, parseInput, staleVersion } from "@/domain/errors";
import { Role } from "@/domain/vocabulary";
import { type AccountDto, CreateAccountInput, ResetPasswordInput, UpdateAccountInput } from "./schemas";

export function assertAdmin(actor: Actor): void {
  if (!atLeast(actor, "admin")) throw forbidden("Only admins manage accounts.");
}

const toDto = (row: AccountRow, lastSeen?: Date | null): AccountDto => ({
  id: row.id,
  name: row.name,
  email: row.email,
  role: Role.parse(row.role),
  disabled: row.disabledAt !== null,
  version: row.version,
  createdAt: row.createdAt.toISOString(),
  lastSeenAt: lastSeen?.toISOString() ?? null,
});

const audited = (row: AccountRow) => ({ name: row.name, email: row.email, role: row.role, disabled: row.disabledAt !== null });

export async function listAccounts(actor: Actor): Promise<AccountDto[]> {
  assertAdmin(actor);
  return (await findAllUsers()).map((u) => toDto(u, u.sessions[0]?.updatedAt ?? null));
}

export async function createAccount(actor: Actor, input: unknown): Promise<AccountDto> {
  assertAdmin(actor);
  const body = parseInput(CreateAccountInput, input, "The account");
  const passwordHash = await hashPassword(body.password);
  return inTransaction(async (tx) => {
    if (await findUserIdByEmail(body.email, { tx })) {
      throw new DomainError("conflict", `There is already an account for ${body.email}.`, [{ path: "email", message: "is already in use" }]);
    }
    const row = await insertUserWithPassword(tx, { id: randomUUID(), email: body.email, name: body.name, role: body.role, passwordHash });
    await recordAudit(tx, actor, { action: "user.create", entity: "user", entityId: row.id, storyId: null, before: null, after: audited(row) });
    return toDto(row);
  });
}

/** Whether the change takes away an enabled admin (by re-roling or disabling them). */
export function removesAnAdmin(current: { role: string; disabledAt: Date | null }, change: { role?: Role; disabled?: boolean }): boolean {
  if (current.role !== "admin" || current.disabledAt !== null) return false;
  return (change.role !== undefined && change.role !== "admin") || change.disabled === true;
}

export async function updateAccount(actor: Actor, id: string, input: unknown): Promise<AccountDto> {
  assertAdmin(actor);
  const body = parseInput(UpdateAccountInput, input, "The change");
  return inTransaction(async (tx) => {
    const current = await findAccount(id, { tx });
    if (!current) throw notFound(`Account ${id}`);
    if (current.version !== body.version) throw staleVersion("user", `The account of ${current.name}`, current);
    if (removesAnAdmin(current, body) && (await countActiveAdmins(tx)) <= 1) {
      throw new DomainError("conflict", "This is the last enabled admin account: make someone else an admin first.", [
        { path: body.disabled === true ? "disabled" : "role", message: "would leave no admin" },
      ]);
    }
    const disabledAt = body.disabled === undefined ? undefined : body.disabled ? (current.disabledAt ?? new Date()) : null;
    const row = await updateUserAtVersion(tx, id, body.version, { name: body.name, role: body.role, disabledAt });
    if (!row) throw staleVersion("user", `The account of ${current.name}`, current);
    if (body.disabled === true) await endSessionsAndTokensOfUser(tx, id);
    const action =
      body.disabled === true && !current.disabledAt ? "user.disable" : body.disabled === false && current.disabledAt ? "user.enable" : "user.update";
    await recordAudit(tx, actor, { action, entity: "user", entityId: id, storyId: null, before: audited(current), after: audited(row) });
    return toDto(row);
  });
}

/** Sets a new password (the person was locked out, or left); signs the account out everywhere. */
export async function resetPassword(actor: Actor, id: string, input: unknown): Promise<void> {
  assertAdmin(actor);
  const body = parseInput(ResetPasswordInput, input, "The password");
  const passwordHash = await hashPassword(body.password);
  await inTransaction(async (tx) => {
    const current = await findAccount(id, { tx });
    if (!current) throw notFound(`Account ${id}`);
    await setCredentialPassword(tx, id, passwordHash);
    await endSessionsAndTokensOfUser(tx, id);
    await recordAudit(tx, actor, {
      action: "user.password_reset",
      entity: "user",
      entityId: id,
      storyId: null,
      before: null,
      after: { passwordChanged: true },
    });
  });
}
