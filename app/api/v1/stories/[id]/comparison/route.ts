import { ComparisonQuery, getComparison } from "@/domain/comparison/service";
import { parseInput } from "@/domain/errors";
import { authedRoute } from "@/server/http/route";
import { sharedJson } from "@/server/http/shared-json";

/** `?approvedOnly=true`: counted over approved claims and approved links only. */
export const GET = authedRoute<{ id: string }>(async ({ actor, params, request, query }) => {
  const { approvedOnly } = parseInput(ComparisonQuery, query, "The query");
  return sharedJson(request, await getComparison(actor, params.id, undefined, { approvedOnly }));
});
