/**
 * Turns OpenAPI 3.1 (JSON Schema 2020-12) schemas into rows a person can read: one row per field,
 * nested fields with dotted names, types in words, and the constraints the server checks.
 */
import type { oas31 } from "zod-openapi";

type Schema = oas31.SchemaObject | oas31.ReferenceObject;
export type Components = Record<string, Schema>;

export interface FieldRow {
  name: string;
  type: string;
  required: boolean;
  constraints: string[];
  description: string;
}

const isRef = (s: Schema): s is oas31.ReferenceObject => "$ref" in s;
export const refName = (ref: string) => ref.replace("#/components/schemas/", "");

function resolve(schema: Schema, components: Components, depth = 0): oas31.SchemaObject {
  if (!isRef(schema)) return schema;
  const target = components[refName(schema.$ref)];
  if (!target || depth > 10) return {};
  return resolve(target, components, depth + 1);
}

/** The type in words: `string`, `integer`, `Claim`, `array of Link`, `"a" | "b"`, `string or null`. */
export function typeLabel(schema: Schema, components: Components): string {
  if (isRef(schema)) return refName(schema.$ref);
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return [...new Set(variants.map((v) => typeLabel(v, components)))].join(" or ");
  if (schema.type === "array") return schema.items ? `array of ${typeLabel(schema.items, components)}` : "array";
  if (schema.type === "object" && schema.additionalProperties && typeof schema.additionalProperties === "object" && !schema.properties) {
    return `map of ${typeLabel(schema.additionalProperties, components)}`;
  }
  if (Array.isArray(schema.type)) return schema.type.join(" or ");
  if (schema.type) return schema.format ? `${schema.type} (${schema.format})` : schema.type;
  return "any JSON";
}

export function constraintsOf(schema: Schema, components: Components): string[] {
  const s = resolve(schema, components);
  const variants = (s.anyOf ?? s.oneOf ?? []).map((v) => resolve(v, components)).filter((v) => v.type !== "null");
  const base = variants.length === 1 ? variants[0]! : s;
  const out: string[] = [];
  const n = (v: number) => v.toLocaleString("en");
  if (base.minLength !== undefined && base.maxLength !== undefined) out.push(`${n(base.minLength)}–${n(base.maxLength)} characters`);
  else if (base.maxLength !== undefined) out.push(`at most ${n(base.maxLength)} characters`);
  else if (base.minLength !== undefined && base.minLength > 0) out.push(`at least ${n(base.minLength)} character${base.minLength > 1 ? "s" : ""}`);
  if (base.minimum !== undefined) out.push(`≥ ${n(base.minimum)}`);
  if (base.maximum !== undefined) out.push(`≤ ${n(base.maximum)}`);
  if (base.maxItems !== undefined) out.push(`at most ${n(base.maxItems)} items`);
  if (s.default !== undefined) out.push(`default ${JSON.stringify(s.default)}`);
  if (base.format && !base.type) out.push(base.format);
  return out;
}

/** The fields of an object schema (following references and one level of nesting). */
export function fieldRows(schema: Schema, components: Components, prefix = "", depth = 0): FieldRow[] {
  const s = resolve(schema, components);
  if (!s.properties) return [];
  const required = new Set(s.required ?? []);
  return Object.entries(s.properties).flatMap(([key, prop]) => {
    const name = prefix ? `${prefix}.${key}` : key;
    const resolved = resolve(prop, components);
    const row: FieldRow = {
      name,
      type: typeLabel(prop, components),
      required: required.has(key),
      constraints: constraintsOf(prop, components),
      description: (isRef(prop) ? resolved.description : prop.description) ?? "",
    };
    // Inline nested objects are spelled out; named ones link to their own schema.
    const nested = !isRef(prop) && resolved.properties && depth < 2 ? fieldRows(prop, components, name, depth + 1) : [];
    return [row, ...nested];
  });
}
