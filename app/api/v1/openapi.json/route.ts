import { json } from "@/server/http/respond";
import { publicRoute } from "@/server/http/route";
import { openApiDocument } from "@/server/openapi/document";

/** The API's OpenAPI 3.1 description, generated from the zod schemas (public, no authentication). */
export const GET = publicRoute(async () => json(openApiDocument(), 200, { "cache-control": "public, max-age=300" }));
