import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { GET as getOpenApi } from "../../app/api/v1/openapi.json/route";
import { call, type Json } from "../support/api";
import { HTTP_METHODS, routeFiles } from "../support/contract";

async function fetchDocument() {
  const res = await call(getOpenApi, "/api/v1/openapi.json");
  expect(res.status).toBe(200);
  return res.body!;
}

describe("GET /api/v1/openapi.json", () => {
  it("is public and a valid OpenAPI 3.1 document", async () => {
    const doc = await fetchDocument();
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc));
    expect(result.errors ?? [], JSON.stringify(result.errors, null, 1)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    expect(doc.openapi).toBe("3.1.0");
  });

  it("lists every route's methods, and nothing else (adding a route means registering it)", async () => {
    const doc = await fetchDocument();
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      .flatMap(([p, item]) =>
        Object.keys(item)
          .filter((k) => HTTP_METHODS.includes(k.toUpperCase() as never))
          .map((m) => `${m.toUpperCase()} ${p}`),
      )
      .sort();
    const served: string[] = [];
    for (const route of routeFiles()) {
      const mod = (await import(route.file)) as Record<string, unknown>;
      for (const method of HTTP_METHODS) if (typeof mod[method] === "function") served.push(`${method} ${route.path}`);
    }
    served.sort();
    expect(served.length).toBeGreaterThan(30);
    expect(
      served.filter((s) => !documented.includes(s)),
      "served but not in the OpenAPI document",
    ).toEqual([]);
    expect(
      documented.filter((d) => !served.includes(d)),
      "documented but no route serves it",
    ).toEqual([]);
  });

  it("gives each operation an id, a tag, a summary and its refusals in the one error shape", async () => {
    const doc = await fetchDocument();
    const ids: string[] = [];
    for (const [p, item] of Object.entries(doc.paths as Record<string, Record<string, Json>>)) {
      for (const [method, op] of Object.entries(item)) {
        const where = `${method.toUpperCase()} ${p}`;
        ids.push(op.operationId);
        expect(op.summary, where).toEqual(expect.any(String));
        expect(op.tags, where).toHaveLength(1);
        expect(
          doc.tags.map((t: { name: string }) => t.name),
          where,
        ).toContain(op.tags[0]);
        for (const [status, response] of Object.entries(op.responses as Record<string, Json>)) {
          if (Number(status) >= 400) expect(response.content["application/json"].schema, `${where} ${status}`).toEqual({ $ref: "#/components/schemas/Error" });
        }
        const isPublic = Array.isArray(op.security) && op.security.length === 0;
        if (!isPublic) expect(Object.keys(op.responses), where).toContain("401");
        if (op.requestBody) expect(Object.keys(op.responses), where).toEqual(expect.arrayContaining(["400", "413"]));
      }
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("states the limits: 2 MiB bodies, the longest article, page sizes", async () => {
    const doc = await fetchDocument();
    expect(doc.info.description).toContain("2 MiB");
    expect(doc.info.description).toContain("200,000 characters");
    expect(doc.info.description).toMatch(/50 by default, at most 200/);
    const create = doc.components.schemas.NewArticleFromText;
    expect(create.properties.text.maxLength).toBe(200_000);
  });

  it("is covered by contract tests: every operation is owned by one api-contract-*.test.ts", async () => {
    const doc = await fetchDocument();
    const all = Object.values(doc.paths as Record<string, Record<string, { operationId: string }>>).flatMap((item) =>
      Object.values(item).map((op) => op.operationId),
    );
    const dir = path.resolve(__dirname);
    const owned = readdirSync(dir)
      .filter((f) => /^api-contract-.*\.test\.ts$/.test(f))
      .flatMap((f) => {
        const source = readFileSync(path.join(dir, f), "utf8");
        const list = /contract\(\[([^\]]*)\]\)/.exec(source)?.[1] ?? "";
        return [...list.matchAll(/"(\w+)"/g)].map((m) => m[1]!);
      });
    expect(
      all.filter((id) => !owned.includes(id)),
      "operations no contract file owns",
    ).toEqual([]);
    expect(
      owned.filter((id, i) => owned.indexOf(id) !== i),
      "owned twice",
    ).toEqual([]);
  });
});
