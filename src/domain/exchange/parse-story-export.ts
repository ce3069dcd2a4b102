/**
 * Reads a `json` story export: the format and version first, then every field, then the references
 * between its parts. Pure (no database), so it runs in the parsing worker for uploads
 * (src/domain/parsing): a hostile file with a million bad items makes a million zod issues, which
 * must exhaust a worker's heap, not the server's.
 */
import { invalidInput, parseInput } from "@/domain/errors";
import { checkStoryExport } from "./check-export";
import { STORY_FORMAT, STORY_FORMAT_VERSION, StoryExport } from "./format";

/** The format and version first, so that a wrong file gets one plain answer rather than hundreds. */
function assertStoryFormat(input: unknown): void {
  const head = typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {};
  if (head.format !== STORY_FORMAT) {
    throw invalidInput(`This is not a Claimboard story export: its "format" must be "${STORY_FORMAT}". Export the story as json and import that file.`, [
      { path: "format", message: `is ${JSON.stringify(head.format) ?? "missing"}, expected "${STORY_FORMAT}"` },
    ]);
  }
  if (head.formatVersion !== STORY_FORMAT_VERSION) {
    const newer = typeof head.formatVersion === "number" && head.formatVersion > STORY_FORMAT_VERSION;
    throw invalidInput(
      newer
        ? `This export uses format version ${head.formatVersion}, newer than this Claimboard reads (${STORY_FORMAT_VERSION}). Update Claimboard, or export again from the same version.`
        : `This export's formatVersion must be ${STORY_FORMAT_VERSION}.`,
      [{ path: "formatVersion", message: `is ${JSON.stringify(head.formatVersion) ?? "missing"}, expected ${STORY_FORMAT_VERSION}` }],
    );
  }
}

/** Parses and checks a story export; every problem is reported at once, by path. */
export function parseStoryExport(input: unknown): StoryExport {
  assertStoryFormat(input);
  const doc = parseInput(StoryExport, input, "The story export");
  const problems = checkStoryExport(doc);
  if (problems.length > 0) {
    const first = problems[0]!;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})` : "";
    throw invalidInput(`The story export is inconsistent: ${first.path} ${first.message}${more}. Nothing was imported.`, problems);
  }
  return doc;
}
