import { createProposition, listPropositions } from "@/domain/propositions/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** The story's propositions with their links (a story holds at most a few hundred: one page). */
export const GET = authedRoute<{ id: string }>(async ({ actor, params }) => json({ items: await listPropositions(actor, params.id), nextCursor: null }));

export const POST = authedRoute<{ id: string }>(async ({ actor, params, body }) => json(await createProposition(actor, params.id, await body()), 201));
