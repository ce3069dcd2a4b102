import { importStoryFromText } from "@/domain/exchange/import-story-text";
import { json } from "@/server/http/respond";
import { authedRoute, readJsonText } from "@/server/http/route";

/** The file is read in the parsing worker (JSON.parse and every check), not on the server's heap. */
export const POST = authedRoute(async ({ actor, request }) => json(await importStoryFromText(actor, await readJsonText(request)), 201));
