import { CreateTokenInput } from "@/domain/tokens/schemas";
import { ApiTokenPageSchema, CreatedTokenSchema } from "@/domain/tokens/responses";
import { answer, defineOperation, noContent } from "@/server/openapi/registry";
import { idParam } from "./params";

export const tokenOperations = [
  defineOperation({
    method: "post",
    path: "/api/v1/tokens",
    operationId: "createToken",
    tag: "Tokens",
    summary: "Get an API token",
    description: "Exchange an account's email and password for a token; send it as `Authorization: Bearer <token>`. The token is shown only in this answer.",
    public: true,
    body: CreateTokenInput,
    ok: { 201: answer(CreatedTokenSchema, "The token.") },
    refusals: { 401: "The email or password is wrong.", 403: "The account is disabled." },
  }),
  defineOperation({
    method: "get",
    path: "/api/v1/tokens",
    operationId: "listTokens",
    tag: "Tokens",
    summary: "List your API tokens",
    description: "Never the token values: `lastFour` tells them apart.",
    ok: { 200: answer(ApiTokenPageSchema, "Your tokens, in one page.") },
  }),
  defineOperation({
    method: "delete",
    path: "/api/v1/tokens/{id}",
    operationId: "revokeToken",
    tag: "Tokens",
    summary: "Revoke one of your API tokens",
    params: idParam("token"),
    ok: { 204: noContent("Revoked: the token no longer authenticates.") },
    refusals: { 404: "No such token among yours." },
  }),
];
