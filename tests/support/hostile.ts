/**
 * Hostile input for property-based tests (fast-check): bodies that no endpoint may accept, built so
 * that they are invalid for any strict schema whatever its fields: wrong JSON roots, malformed JSON,
 * wrong types under every field name the API uses, huge and non-finite numbers, deep nesting,
 * lone surrogates, prototype-pollution keys, script payloads.
 */
import fc from "fast-check";

/** Field names of the API's bodies (docs/contract/API.md), each given a value of a type the field cannot take. */
export const FIELD_NAMES = [
  "title",
  "description",
  "text",
  "html",
  "outlet",
  "author",
  "publishedAt",
  "url",
  "language",
  "version",
  "start",
  "end",
  "exact",
  "prefix",
  "suffix",
  "statement",
  "sourcing",
  "source",
  "cue",
  "status",
  "revisionId",
  "claimId",
  "propositionId",
  "linkId",
  "stance",
  "note",
  "verdict",
  "rationale",
  "body",
  "email",
  "password",
  "name",
  "expiresInDays",
  "format",
  "story",
  "articles",
  "claims",
  "propositions",
  "links",
  "comments",
  "selector",
  "resolved",
  "decision",
] as const;

export const POLLUTION_KEYS = ["__proto__", "constructor", "prototype", "__defineGetter__", "toString", "hasOwnProperty"];

export const SCRIPT_PAYLOADS = [
  "<script>window.__pwned=1</script>",
  "<img src=x onerror=window.__pwned=1>",
  '"><svg onload=window.__pwned=1>',
  "javascript:window.__pwned=1",
  "';window.__pwned=1;//",
  "{{constructor.constructor('window.__pwned=1')()}}",
];

/** Odd strings: lone surrogates, control and bidi characters, NUL, SQL and path tricks, huge. */
export const oddString = fc.oneof(
  fc.constantFrom(
    "\ud800",
    "\udfff",
    "a\ud800b",
    "\u0000",
    "\u202e\u202d",
    "\ufeff",
    "\u0000\u0001\u001f",
    "' OR 1=1 --",
    '"; DROP TABLE "Story"; --',
    "../../../etc/passwd",
    "%00",
    "${7*7}",
    ...SCRIPT_PAYLOADS,
  ),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme-composite", maxLength: 40 }),
  fc.constant("x".repeat(300_001)),
);

/** Numbers a field should refuse where it expects something else, or out of any range. */
export const oddNumber = fc.oneof(
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, -0, 0.5, -1, 2 ** 53, 1e-308),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

/** Nested arrays and objects, deeper than any body has. */
export const deepValue = fc.integer({ min: 50, max: 400 }).map((depth) => {
  let v: unknown = "deep";
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
});

/** A value of a different kind for every field: a string field gets a number, a number a string... */
export const wrongValue = fc.oneof(
  oddNumber,
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(oddString, oddNumber), { maxLength: 4 }),
  fc.dictionary(fc.oneof(fc.constantFrom(...POLLUTION_KEYS), fc.string({ maxLength: 8 })), oddString, { maxKeys: 4 }),
  deepValue,
);

function valueFor(field: string) {
  // Strings where numbers are expected (and odd strings for enum-like fields), never a valid value.
  if (["version", "start", "end", "expiresInDays"].includes(field))
    return fc.oneof(oddString, fc.constantFrom(-1, 0.5, 1e308, -0.1, 2 ** 31 + 0.5), wrongValue);
  return wrongValue;
}

/** An object using the API's field names, every one with a wrong value, plus pollution keys. */
export const wrongTypedObject = fc
  .tuple(
    fc.subarray([...FIELD_NAMES], { minLength: 1 }).chain((fields) => fc.tuple(...fields.map((f) => valueFor(f).map((v) => [f, v] as const)))),
    fc.subarray(POLLUTION_KEYS, { minLength: 1 }),
    wrongValue,
  )
  .map(([entries, pollution, polluted]) => {
    const o: Record<string, unknown> = Object.create(null);
    for (const [k, v] of entries) o[k] = v;
    for (const k of pollution) o[k] = k === "__proto__" ? { polluted: "yes", isAdmin: true } : polluted;
    return o;
  });

/** A raw request body: the bytes sent, and the content type claimed. */
export interface RawBody {
  kind: string;
  body: string | Uint8Array;
  contentType: string;
}

const json =
  (kind: string) =>
  (v: unknown): RawBody => ({ kind, body: JSON.stringify(v) ?? "null", contentType: "application/json" });

export const hostileBody: fc.Arbitrary<RawBody> = fc.oneof(
  // Not an object at the root.
  fc.oneof(oddString, oddNumber, fc.boolean(), fc.constant(null), fc.array(fc.jsonValue(), { maxLength: 5 })).map(json("non-object root")),
  // Every known field of the wrong type, with prototype-pollution keys (JSON keeps "__proto__" as an own key).
  wrongTypedObject.map(json("wrong-typed fields")),
  // Only unknown and pollution keys.
  fc
    .dictionary(
      fc.oneof(
        fc.constantFrom(...POLLUTION_KEYS),
        fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !(FIELD_NAMES as readonly string[]).includes(k)),
      ),
      fc.jsonValue({ maxDepth: 3 }),
      { minKeys: 1, maxKeys: 5 },
    )
    .map(json("unknown keys")),
  // Deep nesting at the root, as text: deeper than JSON.stringify itself could write.
  fc.tuple(fc.integer({ min: 1000, max: 100_000 }), fc.boolean()).map(([depth, arrays]): RawBody => ({
    kind: "deep nesting",
    body: arrays ? "[".repeat(depth) + "]".repeat(depth) : '{"title":'.repeat(depth) + "1" + "}".repeat(depth),
    contentType: "application/json",
  })),
  // Not JSON at all.
  fc
    .oneof(fc.string({ maxLength: 60 }), fc.constantFrom("{", '{"title":', "[1,2", "{'title':'x'}", '{"a":1,}', "NaN", "\u0000", ""))
    .filter((s) => {
      try {
        JSON.parse(s);
        return false;
      } catch {
        return true;
      }
    })
    .map((body): RawBody => ({ kind: "malformed JSON", body, contentType: "application/json" })),
  // Bytes that are not UTF-8.
  fc
    .uint8Array({ minLength: 1, maxLength: 64 })
    .map((bytes): RawBody => ({ kind: "invalid UTF-8", body: Uint8Array.from([0x7b, 0xff, 0xfe, ...bytes, 0xc0]), contentType: "application/json" })),
  // A valid-looking body under the wrong content type.
  fc
    .constantFrom("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "", "application/jsonx")
    .map((contentType): RawBody => ({ kind: "wrong content type", body: JSON.stringify({ title: "t", text: "t", statement: "s", version: 1 }), contentType })),
);

/** Ids that name nothing: empty-ish, huge, SQL, path and Unicode tricks. */
export const hostileId = fc.oneof(
  oddString.filter((s) => s.length < 5000),
  fc.constantFrom("0", "-1", "null", "undefined", "[object Object]", "%2e%2e%2f", "a".repeat(10_000)),
  fc.uuid(),
);

/** True if anything was added to Object.prototype (a prototype pollution that got through). */
export function prototypePolluted(): string[] {
  const probe = {} as Record<string, unknown>;
  return ["polluted", "isAdmin"].filter((k) => probe[k] !== undefined);
}
