import { AccountPageSchema, AccountSchema } from "@/domain/users/responses";
import { CreateAccountInput, ResetPasswordInput, UpdateAccountInput } from "@/domain/users/schemas";
import { answer, defineOperation, noContent } from "@/server/openapi/registry";
import { idParam, refuse } from "./params";

const onlyAdmins = "Only admins manage accounts.";
const account = idParam("account");

export const userOperations = [
  defineOperation({
    method: "get",
    path: "/api/v1/users",
    operationId: "listAccounts",
    tag: "Accounts",
    summary: "List accounts",
    description: "Enabled accounts first, then by name; with when each was last seen.",
    roles: "admins.",
    ok: { 200: answer(AccountPageSchema, "Every account.") },
    refusals: { 403: onlyAdmins },
  }),
  defineOperation({
    method: "post",
    path: "/api/v1/users",
    operationId: "createAccount",
    tag: "Accounts",
    summary: "Create an account",
    description: "There is no self sign-up: admins create accounts and tell people their password.",
    roles: "admins.",
    body: CreateAccountInput.meta({ id: "NewAccount" }),
    ok: { 201: answer(AccountSchema, "The new account.") },
    refusals: { 403: onlyAdmins, 409: "There is already an account with this email (`error.details` names `email`)." },
  }),
  defineOperation({
    method: "patch",
    path: "/api/v1/users/{id}",
    operationId: "updateAccount",
    tag: "Accounts",
    summary: "Rename, re-role, disable or enable an account",
    description: "Disabling signs the account out everywhere and stops its tokens. One enabled admin always remains.",
    roles: "admins.",
    params: account,
    body: UpdateAccountInput,
    ok: { 200: answer(AccountSchema, "The changed account.") },
    refusals: {
      403: onlyAdmins,
      404: "No such account.",
      409: `${refuse.stale} Or the change would leave no enabled admin (\`error.details\` names \`role\` or \`disabled\`).`,
    },
  }),
  defineOperation({
    method: "put",
    path: "/api/v1/users/{id}/password",
    operationId: "setAccountPassword",
    tag: "Accounts",
    summary: "Set an account's password",
    description: "For someone locked out, or who left: the new password replaces the old one and the account is signed out everywhere.",
    roles: "admins.",
    params: account,
    body: ResetPasswordInput,
    ok: { 204: noContent("Set.") },
    refusals: { 403: onlyAdmins, 404: "No such account." },
  }),
];
