import { createClaim, listArticleClaims } from "@/domain/claims/service";
import { parseInput } from "@/domain/errors";
import { PageQuery } from "@/domain/pagination";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

export const GET = authedRoute<{ id: string }>(async ({ actor, params, query }) =>
  json(await listArticleClaims(actor, params.id, parseInput(PageQuery, query, "The query"))),
);

export const POST = authedRoute<{ id: string }>(async ({ actor, params, body }) => json(await createClaim(actor, params.id, await body()), 201));
