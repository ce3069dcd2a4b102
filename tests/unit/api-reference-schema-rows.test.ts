import { describe, expect, it } from "vitest";
import { constraintsOf, fieldRows, typeLabel } from "@/features/api-reference/schema-rows";

const components = {
  Selector: { type: "object", properties: { start: { type: "integer", minimum: 0 } }, required: ["start"] },
  Claim: {
    type: "object",
    description: "A claim",
    properties: {
      id: { type: "string", minLength: 1 },
      sourcing: { type: "string", enum: ["confirmed", "attributed"] },
      selector: { $ref: "#/components/schemas/Selector" },
      source: { anyOf: [{ type: "string", maxLength: 300 }, { type: "null" }], description: "Who said it" },
      meta: { type: "object", properties: { exact: { type: "string" } }, required: ["exact"] },
      tags: { type: "array", items: { $ref: "#/components/schemas/Selector" } },
      limit: { type: "integer", minimum: 1, maximum: 200, default: 50 },
    },
    required: ["id", "sourcing"],
  },
} as const;

describe("API reference schema rows", () => {
  it("spells out types, references, nullability and nested fields", () => {
    const rows = fieldRows({ $ref: "#/components/schemas/Claim" }, components as never);
    expect(rows.map((r) => [r.name, r.type, r.required])).toEqual([
      ["id", "string", true],
      ["sourcing", '"confirmed" | "attributed"', true],
      ["selector", "Selector", false],
      ["source", "string or null", false],
      ["meta", "object", false],
      ["meta.exact", "string", true],
      ["tags", "array of Selector", false],
      ["limit", "integer", false],
    ]);
    expect(rows.find((r) => r.name === "source")).toMatchObject({ description: "Who said it", constraints: ["at most 300 characters"] });
  });

  it("states the limits the server checks", () => {
    expect(constraintsOf({ type: "integer", minimum: 1, maximum: 200, default: 50 }, {})).toEqual(["≥ 1", "≤ 200", "default 50"]);
    expect(constraintsOf({ type: "string", minLength: 1, maxLength: 200000 }, {})).toEqual(["1–200,000 characters"]);
    expect(typeLabel({ type: "object", additionalProperties: { $ref: "#/components/schemas/Cell" } }, {})).toBe("map of Cell");
  });
});
