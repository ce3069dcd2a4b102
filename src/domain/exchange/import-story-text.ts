/**
 * A story export as it arrives over HTTP (the JSON text): the role is checked first, then the file
 * is read and checked in the parsing worker (src/domain/parsing/pool.ts), and only a valid export
 * reaches the server's heap and the import's transaction.
 */
import type { Actor } from "@/domain/auth/actor";
import { assertCanChangeContent } from "@/domain/auth/permissions";
import { parseStoryExportInWorker } from "@/domain/parsing/pool";
import { type ImportedStoryDto, type ImportPreview, importCheckedStory } from "./import-story";

export async function importStoryFromText(actor: Actor, json: string, query: unknown = {}): Promise<ImportedStoryDto | ImportPreview> {
  assertCanChangeContent(actor, "create", "story");
  const doc = await parseStoryExportInWorker(json);
  // Checked in the worker already: not parsed a second time on the server's heap.
  return importCheckedStory(actor, doc, query);
}
