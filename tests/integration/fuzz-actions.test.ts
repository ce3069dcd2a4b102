/**
 * Every server action (src/features/*\/actions.ts, discovered, so actions added later are covered)
 * called in-process with hostile arguments, as a forged action request could send them: real ids
 * with hostile input, and every argument hostile. A storing action must answer { ok: false } with an
 * expected error (never "internal_error", never a throw) and store nothing; the preview actions store
 * nothing by design and must simply not fail unexpectedly. The session is mocked: the actor is an admin,
 * so a refusal can only come from the input.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/domain/auth/actor";
import { oddString, POLLUTION_KEYS, prototypePolluted, wrongTypedObject, wrongValue } from "../support/hostile";
import { scopedFingerprint, type Scope } from "../support/scoped-rows";
import { makeFuzzTarget, makeUser } from "../support/factories";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/server/auth/page-actor", () => ({
  getPageActor: async () => session.actor,
  requirePageActor: async () => session.actor,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "localhost:3000" }),
  cookies: async () => ({ get: () => undefined, set: () => undefined }),
}));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Error(`redirected to ${to}`);
  },
  notFound: () => {
    throw new Error("not found");
  },
}));

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const ROOT = path.resolve(__dirname, "../..");
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyAction = (...args: any[]) => Promise<unknown>;

interface Action {
  file: string;
  name: string;
  params: string[];
}

/** Exported async functions and their parameter names, read from the source. */
function discover(): Action[] {
  const features = path.join(ROOT, "src/features");
  const actions: Action[] = [];
  for (const feature of readdirSync(features).sort()) {
    const file = path.join("src/features", feature, "actions.ts");
    let source: string;
    try {
      source = readFileSync(path.join(ROOT, file), "utf8");
    } catch {
      continue;
    }
    for (const m of source.matchAll(/^export async function (\w+)\(([^)]*)\)/gm)) {
      const params = m[2]!
        .split(",")
        .map((p) => p.trim().split(/[:=?\s]/)[0]!)
        .filter(Boolean);
      actions.push({ file, name: m[1]!, params });
    }
  }
  return actions;
}

const actions = discover();

let scope: Scope;
let ids: Record<string, string>;

beforeAll(async () => {
  const t = await makeFuzzTarget();
  const admin = await makeUser("admin");
  session.actor = admin.actor;
  scope = t.scopeWith(admin.user.id);
  ids = { story: t.story.id, article: t.article.id, claim: t.claim.id, proposition: t.proposition.id, link: t.link.id };
});

/** The kind of row a parameter names: by its own name, or for `id` by the action's name. */
function idKind(action: Action, param: string): string | undefined {
  const byParam = /^(story|article|claim|proposition|link)Id$/.exec(param)?.[1];
  if (byParam) return byParam;
  if (param !== "id") return undefined;
  const n = action.name.toLowerCase();
  for (const kind of ["article", "claim", "link", "proposition", "story"]) if (n.includes(kind)) return kind;
  if (n.includes("text")) return "article";
  return "claim";
}

/** A version no row has: never a small positive integer. */
const badVersion = fc.oneof(oddString, wrongValue).filter((v) => !(typeof v === "number" && Number.isInteger(v) && v > 0 && v < 1e6));

function hostileFormData() {
  return fc.array(fc.tuple(fc.constantFrom("email", "password", "next", "__proto__", "constructor", "x"), oddString), { maxLength: 6 }).map((entries) => {
    const form = new FormData();
    for (const [k, v] of entries) form.append(k, v);
    // An email that parses but belongs to nobody, now and then, so the password check runs too.
    if (entries.length % 2) form.set("email", "nobody@claimboard.invalid");
    return form;
  });
}

function hostileArg(param: string): fc.Arbitrary<unknown> {
  if (param === "version") return badVersion;
  if (param === "form") return hostileFormData();
  if (param === "input") return fc.oneof(wrongTypedObject, wrongValue, oddString, fc.anything());
  return fc.oneof(oddString, wrongValue, fc.constantFrom(...POLLUTION_KEYS));
}

const readOnly = (a: Action) => /^preview/.test(a.name);

async function expectRefused(action: Action, args: unknown[]) {
  const mod = (await import(path.join(ROOT, action.file))) as Record<string, AnyAction>;
  const before = await scopedFingerprint(scope);
  const label = `${action.name}(${args.map((a) => (a instanceof FormData ? "FormData" : String(JSON.stringify(a)).slice(0, 80))).join(", ")})`;
  let result: unknown;
  try {
    result = await mod[action.name]!(...args);
  } catch (error) {
    throw new Error(`${label} threw instead of answering: ${(error as Error).message}`);
  }
  const r = result as { ok?: boolean; error?: { code?: string; message?: string } | string };
  if (action.name === "signInAction") {
    expect(typeof r.error, label).toBe("string");
  } else {
    expect(typeof r.ok, label).toBe("boolean");
    if (!readOnly(action)) expect(r.ok, `${label} answered ${JSON.stringify(result).slice(0, 200)}`).toBe(false);
    if (r.ok === false && typeof r.error === "object") expect(r.error.code, `${label}: ${r.error.message}`).not.toBe("internal_error");
  }
  expect(await scopedFingerprint(scope), label).toEqual(before);
  expect(prototypePolluted(), label).toEqual([]);
}

describe("fuzz: every server action refuses hostile arguments and stores nothing", () => {
  it("finds the actions", () => {
    expect(actions.map((a) => a.name)).toEqual(expect.arrayContaining(["createClaimAction", "restoreAction", "linkClaimAction", "signInAction"]));
  });

  for (const action of actions.filter((a) => a.params.length > 0)) {
    const hasRealIds = action.params.some((p) => idKind(action, p));
    // With every argument a real id there is nothing hostile left to send (a read such as getClaimAction).
    const hasOtherArgs = action.params.some((p) => !idKind(action, p) && p !== "entity");
    if (hasRealIds && hasOtherArgs) {
      it(`${action.name}: real ids, hostile input`, async () => {
        const args = action.params.map((p) => {
          const kind = idKind(action, p);
          return kind && ids[kind] ? fc.constant(ids[kind]) : p === "entity" ? fc.constantFrom("claim", "proposition", "link") : hostileArg(p);
        });
        await fc.assert(
          fc.asyncProperty(fc.tuple(...args), (a) => expectRefused(action, a)),
          { numRuns: RUNS },
        );
      });
    }
    it(`${action.name}: every argument hostile`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.tuple(...action.params.map(hostileArg)), (a) => expectRefused(action, a)),
        { numRuns: Math.ceil(RUNS / 2) },
      );
    });
  }
});
