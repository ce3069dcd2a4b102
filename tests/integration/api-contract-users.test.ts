/** Contract of the accounts endpoints (admins only). */
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { tokenFor } from "../support/api";
import { contract } from "../support/contract";
import { itRefusesWithoutCredentialsAndOversizedBodies } from "../support/contract-refusals";

const owned = ["listAccounts", "createAccount", "updateAccount", "setAccountPassword"] as const;
const c = contract(["listAccounts", "createAccount", "updateAccount", "setAccountPassword"]);
afterAll(() => c.assertEveryStatusCovered());

itRefusesWithoutCredentialsAndOversizedBodies(c, owned);

const newAccount = () => ({ name: "Nadia New", email: `Nadia-${randomUUID().slice(0, 8)}@Test.local`, role: "analyst", password: "a long password" });

describe("GET and POST /api/v1/users", () => {
  it("creates and lists accounts; 400 names bad fields, 409 a taken email, 403 anyone but admins", async () => {
    const admin = await tokenFor("admin");
    const input = newAccount();
    const created = await c.send("createAccount", { token: admin.token, body: input });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "Nadia New", email: input.email.toLowerCase(), role: "analyst", disabled: false, version: 1, lastSeenAt: null });
    const taken = await c.send("createAccount", { token: admin.token, body: { ...input, name: "Another" } });
    expect(taken.status).toBe(409);
    expect(taken.body!.error.details).toEqual([{ path: "email", message: "is already in use" }]);
    const bad = await c.send("createAccount", { token: admin.token, body: { name: "", email: "nope", role: "boss", password: "x" } });
    expect(bad.status).toBe(400);
    expect(bad.body!.error.details.map((d: { path: string }) => d.path).sort()).toEqual(["email", "name", "password", "role"]);

    const listed = await c.send("listAccounts", { token: admin.token });
    expect(listed.status).toBe(200);
    expect(listed.body!.nextCursor).toBeNull();
    expect(listed.body!.items.map((a: { id: string }) => a.id)).toContain(created.body!.id);

    const editor = await tokenFor("editor");
    expect((await c.send("listAccounts", { token: editor.token })).status).toBe(403);
    expect((await c.send("createAccount", { token: editor.token, body: newAccount() })).status).toBe(403);
  });
});

describe("PATCH /api/v1/users/:id and PUT /api/v1/users/:id/password", () => {
  it("re-roles and disables with the version, sets a password; refuses the rest", async () => {
    const admin = await tokenFor("admin");
    const id = (await c.send("createAccount", { token: admin.token, body: newAccount() })).body!.id as string;

    const changed = await c.send("updateAccount", { token: admin.token, params: { id }, body: { version: 1, role: "editor", disabled: true } });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ id, role: "editor", disabled: true, version: 2 });
    const stale = await c.send("updateAccount", { token: admin.token, params: { id }, body: { version: 1, disabled: false } });
    expect(stale.status).toBe(409);
    expect(stale.body!.error.current).toMatchObject({ entity: "user", id, version: 2, updatedBy: admin.user.name });
    const bad = await c.send("updateAccount", { token: admin.token, params: { id }, body: { version: 2, disabled: "yes" } });
    expect(bad.status).toBe(400);
    expect(bad.body!.error.details).toEqual([{ path: "disabled", message: "must be true or false" }]);
    expect((await c.send("updateAccount", { token: admin.token, params: { id: "missing" }, body: { version: 1 } })).status).toBe(404);
    const editor = await tokenFor("editor");
    expect((await c.send("updateAccount", { token: editor.token, params: { id }, body: { version: 2, disabled: false } })).status).toBe(403);

    expect((await c.send("setAccountPassword", { token: admin.token, params: { id }, body: { password: "another long one" } })).status).toBe(204);
    const short = await c.send("setAccountPassword", { token: admin.token, params: { id }, body: { password: "short" } });
    expect(short.status).toBe(400);
    expect(short.body!.error.details).toEqual([{ path: "password", message: "must be at least 8 characters" }]);
    expect((await c.send("setAccountPassword", { token: admin.token, params: { id: "missing" }, body: { password: "another long one" } })).status).toBe(404);
    expect((await c.send("setAccountPassword", { token: editor.token, params: { id }, body: { password: "another long one" } })).status).toBe(403);
  });
});
