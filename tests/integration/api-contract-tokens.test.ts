/** Contract of the token endpoints, the OpenAPI document and unknown paths. */
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/data/db";
import { tokenFor } from "../support/api";
import { contract } from "../support/contract";
import { itRefusesWithoutCredentialsAndOversizedBodies } from "../support/contract-refusals";
import { makeUser, TEST_PASSWORD } from "../support/factories";

const unknownEndpoints = ["unknownEndpointGet", "unknownEndpointPost", "unknownEndpointPut", "unknownEndpointPatch", "unknownEndpointDelete"] as const;
const owned = ["createToken", "listTokens", "revokeToken", "getOpenApiDocument", ...unknownEndpoints] as const;
const c = contract([
  "createToken",
  "listTokens",
  "revokeToken",
  "getOpenApiDocument",
  "unknownEndpointGet",
  "unknownEndpointPost",
  "unknownEndpointPut",
  "unknownEndpointPatch",
  "unknownEndpointDelete",
]);
afterAll(() => c.assertEveryStatusCovered());

itRefusesWithoutCredentialsAndOversizedBodies(c, owned);

describe("POST /api/v1/tokens", () => {
  it("answers 201 with the token, 400 naming bad fields, 401 for a wrong password, 403 for a disabled account", async () => {
    const { email, user } = await makeUser("analyst");
    const created = await c.send("createToken", { body: { email, password: TEST_PASSWORD, name: "Nightly script", expiresInDays: 30 } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "Nightly script", revokedAt: null, expiresAt: expect.any(String) });

    const bad = await c.send("createToken", { body: { email, password: TEST_PASSWORD, expiresInDays: 0 } });
    expect(bad.status).toBe(400);
    expect(bad.body!.error.details).toEqual([{ path: "expiresInDays", message: expect.any(String) }]);
    expect((await c.send("createToken", { body: { email, password: "wrong password" } })).status).toBe(401);

    const db = await getDb();
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect((await c.send("createToken", { body: { email, password: TEST_PASSWORD } })).status).toBe(403);
  });
});

describe("GET /api/v1/tokens and DELETE /api/v1/tokens/:id", () => {
  it("lists the caller's tokens and revokes one, 404 for someone else's", async () => {
    const { token } = await tokenFor("viewer");
    const listed = await c.send("listTokens", { token });
    expect(listed.status).toBe(200);
    expect(listed.body!.items).toHaveLength(1);
    expect(listed.body!.nextCursor).toBeNull();
    const other = await tokenFor("viewer");
    const id = listed.body!.items[0].id as string;
    expect((await c.send("revokeToken", { token: other.token, params: { id } })).status).toBe(404);
    expect((await c.send("revokeToken", { token, params: { id } })).status).toBe(204);
    expect((await c.send("listTokens", { token })).status).toBe(401);
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("answers the document without authentication", async () => {
    const res = await c.send("getOpenApiDocument");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ openapi: "3.1.0", info: { title: "Claimboard API" } });
    expect(res.headers.get("x-request-id")).toEqual(expect.any(String));
  });
});

describe("unknown paths", () => {
  it.each(unknownEndpoints)("%s answers 404 in the error shape, signed in or not", async (id) => {
    const anonymous = await c.send(id, { params: { rest: ["stories", "x", "nothing"] } });
    expect(anonymous.status).toBe(404);
    expect(anonymous.body!.error.message).toMatch(/^There is no endpoint (GET|POST|PUT|PATCH|DELETE) \/api\/v1\/stories\/x\/nothing\.$/);
    const { token } = await tokenFor("viewer");
    expect((await c.send(id, { token, params: { rest: ["nothing"] } })).status).toBe(404);
  });
});
