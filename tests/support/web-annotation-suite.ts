/**
 * The W3C Web Annotation test suite (../shared/conformance/web-annotation, copied from
 * w3c/web-annotation-tests): every MUST assertion listed in annotations/annotationMusts.test,
 * compiled with a draft-04 JSON Schema validator against the suite's own definitions.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv-draft-04";

export const SUITE_DIR = path.resolve(__dirname, "../../../shared/conformance/web-annotation");

const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;

export interface MustAssertion {
  file: string;
  title: string;
  errorMessage: string;
  expectedResult: "valid" | "invalid";
  validate: (data: unknown) => boolean;
}

export function loadMustAssertions(): MustAssertion[] {
  // strict: false because the suite's schemas carry their own keywords (assertionType, errorMessage…).
  const ajv = new Ajv({ strict: false, allErrors: false, validateFormats: false });
  const definitionsDir = path.join(SUITE_DIR, "definitions");
  for (const file of readdirSync(definitionsDir).filter((f) => f.endsWith(".json"))) ajv.addSchema(readJson(path.join(definitionsDir, file)));
  const manifest = readJson(path.join(SUITE_DIR, "annotations", "annotationMusts.test")) as { assertions: string[] };
  return manifest.assertions.map((relative) => {
    const schema = readJson(path.join(SUITE_DIR, relative));
    if (schema.assertionType !== "must") throw new Error(`${relative} is not a MUST assertion`);
    const validate = ajv.compile(schema);
    return {
      file: relative,
      title: String(schema.title),
      errorMessage: String(schema.errorMessage ?? ""),
      expectedResult: schema.expectedResult === "invalid" ? "invalid" : "valid",
      validate: (data: unknown) => validate(data) === true,
    };
  });
}

/** The MUST assertions an annotation fails (empty when it conforms). */
export function failedMusts(assertions: MustAssertion[], annotation: unknown): string[] {
  return assertions.filter((a) => a.validate(annotation) !== (a.expectedResult === "valid")).map((a) => `${a.file}: ${a.errorMessage}`);
}

export function sampleAnnotations(kind: "correct" | "incorrect"): { file: string; data: unknown }[] {
  const dir = path.join(SUITE_DIR, "tools", "samples", kind);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .flatMap((file) => {
      try {
        return [{ file, data: JSON.parse(readFileSync(path.join(dir, file), "utf8")) as unknown }];
      } catch {
        return []; // some incorrect samples are deliberately not JSON
      }
    });
}
