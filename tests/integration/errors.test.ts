/**
 * Unexpected errors never reach a client: the API answers 500 in the error shape with a request id
 * (also in x-request-id) and a generic message, and logs the error with that id; server actions
 * answer a generic message with a reference that the log carries too.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { publicRoute } from "@/server/http/route";

const session = vi.hoisted(() => ({ actor: { userId: "u1", name: "T", email: "t@test.local", role: "admin" as const } }));
vi.mock("@/server/auth/page-actor", () => ({ getPageActor: async () => session.actor }));

const SECRET = "ECONNREFUSED 10.1.2.3:5432 password=hunter2 at /srv/claimboard/src/data/db.ts:42";

afterEach(() => vi.restoreAllMocks());

describe("unexpected errors", () => {
  it("API: 500 with a request id and no internals; the log has the error and the same id", async () => {
    const logged: unknown[][] = [];
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void logged.push(args));
    const handler = publicRoute(async () => {
      throw new TypeError(SECRET);
    });
    const response = await handler(new Request("http://localhost:3000/api/v1/x"), { params: Promise.resolve({}) });
    const text = await response.text();
    expect(response.status).toBe(500);
    const body = JSON.parse(text) as { error: { code: string; message: string; requestId: string } };
    expect(body.error.code).toBe("internal_error");
    expect(body.error.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get("x-request-id")).toBe(body.error.requestId);
    expect(body.error.message).toContain(body.error.requestId);
    expect(text).not.toMatch(/hunter2|ECONNREFUSED|\/srv|TypeError|db\.ts|\bat /);
    expect(logged).toHaveLength(1);
    expect(String(logged[0]![0])).toContain(body.error.requestId);
    expect((logged[0]![1] as Error).message).toBe(SECRET);
  });

  it("server actions: a generic message with a reference, the error logged under it", async () => {
    const { runAction } = await import("@/server/actions/run-action");
    const logged: unknown[][] = [];
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void logged.push(args));
    const result = await runAction(async () => {
      throw new Error(SECRET);
    });
    expect(result.ok).toBe(false);
    const error = (result as { error: { code: string; message: string } }).error;
    expect(error.code).toBe("internal_error");
    expect(JSON.stringify(result)).not.toMatch(/hunter2|ECONNREFUSED|\/srv/);
    const reference = /reference ([0-9a-f-]{36})/.exec(error.message)?.[1];
    expect(reference).toBeDefined();
    expect(String(logged[0]![0])).toContain(reference!);
    expect((logged[0]![1] as Error).message).toBe(SECRET);
  });
});

// Issue 14: the bytes {"title":"\xff\xfe\xc3("} became a title of U+FFFD.
describe("request bodies that are not UTF-8", () => {
  it("are refused with 400 naming the problem", async () => {
    let reached = false;
    const handler = publicRoute(async (ctx) => {
      reached = true;
      return Response.json(await ctx.body());
    });
    const body = Uint8Array.from([...Buffer.from('{"title":"'), 0xff, 0xfe, 0xc3, 0x28, ...Buffer.from('"}')]);
    const response = await handler(new Request("http://localhost:3000/api/v1/x", { method: "POST", headers: { "content-type": "application/json" }, body }), {
      params: Promise.resolve({}),
    });
    const json = (await response.json()) as { error: { code: string; message: string; details: { path: string }[]; requestId: string } };
    expect(response.status).toBe(400);
    expect(json.error.code).toBe("invalid_input");
    expect(json.error.message).toMatch(/UTF-8/);
    expect(json.error.details[0]!.path).toBe("(body)");
    expect(json.error.requestId).toBeTruthy();
    expect(reached).toBe(true);
  });

  it("a UTF-8 body with a byte-order mark still parses", async () => {
    const handler = publicRoute(async (ctx) => Response.json(await ctx.body()));
    const body = Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from('{"title":"Ž"}')]);
    const response = await handler(new Request("http://localhost:3000/api/v1/x", { method: "POST", headers: { "content-type": "application/json" }, body }), {
      params: Promise.resolve({}),
    });
    expect(await response.json()).toEqual({ title: "Ž" });
  });
});
