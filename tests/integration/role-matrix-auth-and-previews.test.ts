/**
 * The role matrix for what is not a REST mutation (issue 14): every better-auth endpoint, for a
 * signed-in person of every role, and the pages' preview actions (which parse a whole page, so a
 * viewer must be refused before anything is parsed).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/data/db";
import type { Actor } from "@/domain/auth/actor";
import { closeParsePool } from "@/domain/parsing/pool";
import type { Role } from "@/domain/vocabulary";
import { getAuth } from "@/server/auth/auth";
import { allowedAuthEndpoint } from "@/server/auth/allowed-endpoints";
import { GET as authGet, POST as authPost } from "../../app/api/auth/[...all]/route";
import { makeUser, TEST_PASSWORD } from "../support/factories";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/server/auth/page-actor", () => ({ getPageActor: async () => session.actor, requirePageActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const ROLES: Role[] = ["viewer", "analyst", "editor", "admin"];
const origin = "http://localhost:3000";

afterAll(() => closeParsePool());

/** better-auth's endpoints as its instance lists them, with the methods each accepts. */
async function authEndpoints(): Promise<{ method: string; path: string }[]> {
  const auth = await getAuth();
  return Object.values(auth.api as Record<string, { path?: unknown; options?: { method?: string | string[] } }>)
    .filter((e) => typeof e?.path === "string")
    .flatMap((e) => [e.options?.method ?? "GET"].flat().map((method) => ({ method, path: `/api/auth${String(e.path).replace(/:(\w+)/g, "x")}` })));
}

async function signedIn(role: Role) {
  const { user, email } = await makeUser(role);
  const res = await authPost(
    new Request(`${origin}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin },
      body: JSON.stringify({ email, password: TEST_PASSWORD }),
    }),
  );
  expect(res.status, `sign-in as ${role}`).toBe(200);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { user, cookie };
}

describe("every better-auth endpoint, for every role", () => {
  let endpoints: { method: string; path: string }[];
  beforeAll(async () => {
    endpoints = await authEndpoints();
  });

  it("lists better-auth's endpoints (so new defaults are covered when it adds them)", () => {
    expect(endpoints.length).toBeGreaterThanOrEqual(25);
    expect(endpoints.map((e) => `${e.method} ${e.path}`)).toEqual(
      expect.arrayContaining(["POST /api/auth/update-user", "GET /api/auth/list-sessions", "POST /api/auth/delete-user"]),
    );
  });

  for (const role of ROLES) {
    it(`${role}: only sign-in, sign-out and get-session answer; every other endpoint is 404 and changes nothing`, async () => {
      const { user, cookie } = await signedIn(role);
      const db = await getDb();
      const before = JSON.stringify(await db.user.findUniqueOrThrow({ where: { id: user.id }, include: { sessions: true, accounts: true } }));
      for (const e of endpoints.filter((x) => !allowedAuthEndpoint(x.method, x.path))) {
        const init: RequestInit = { method: e.method, headers: { cookie, origin, "content-type": "application/json" } };
        if (e.method !== "GET")
          init.body = JSON.stringify({
            name: "Edith Editor",
            email: "taken@claimboard.local",
            newPassword: "x".repeat(12),
            currentPassword: TEST_PASSWORD,
            password: TEST_PASSWORD,
            token: "t",
          });
        const res = await (e.method === "GET" ? authGet : authPost)(new Request(`${origin}${e.path}`, init));
        const label = `${role}: ${e.method} ${e.path} answered ${res.status}`;
        expect(res.status, label).toBe(404);
        expect(((await res.json()) as { error: { code: string } }).error.code, label).toBe("not_found");
      }
      expect(JSON.stringify(await db.user.findUniqueOrThrow({ where: { id: user.id }, include: { sessions: true, accounts: true } }))).toBe(before);
      const me = await authGet(new Request(`${origin}/api/auth/get-session`, { headers: { cookie } }));
      expect(((await me.json()) as { user: { id: string } }).user.id).toBe(user.id);
      const out = await authPost(
        new Request(`${origin}/api/auth/sign-out`, { method: "POST", headers: { cookie, origin, "content-type": "application/json" }, body: "{}" }),
      );
      expect(out.status).toBe(200);
    });
  }
});

describe("the preview actions, for every role", () => {
  const page =
    "<html><head><title>Bridge closed</title></head><body><article><h1>Bridge closed</h1><p>Alpha said the bridge was closed on Monday, and Beta said it might reopen.</p></article></body></html>";
  for (const role of ROLES) {
    it(`${role}: ${role === "viewer" ? "refused before parsing" : "reads the page"}`, async () => {
      const { actor } = await makeUser(role);
      session.actor = actor;
      const { previewHtmlAction, previewMarkdownAction } = await import("@/features/articles/actions");
      const html = await previewHtmlAction(role === "viewer" ? "<b>".repeat(200_000) : page);
      const markdown = await previewMarkdownAction("# Bridge closed\n\nAlpha said the bridge was closed on Monday.");
      if (role === "viewer") {
        expect(html).toMatchObject({ ok: false, error: { code: "forbidden" } });
        expect(markdown).toMatchObject({ ok: false, error: { code: "forbidden" } });
      } else {
        expect(html).toMatchObject({ ok: true, data: { title: "Bridge closed" } });
        expect(markdown).toMatchObject({ ok: true, data: { title: "Bridge closed" } });
      }
    }, 30_000);
  }
});
