import { importClaimsCsv } from "@/domain/exchange/import-claims";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";
import { readTextBody } from "@/server/http/text-body";

/**
 * A CSV of claims, as `text/csv` (options in the query: `?mode=valid-only&dryRun=true`) or as JSON
 * `{ csv, mode?, dryRun? }`. Answers the per-row report: 201 when claims were written, 200 for a dry run.
 */
export const POST = authedRoute<{ id: string }>(async ({ actor, params, query, request, body }) => {
  const type = request.headers.get("content-type") ?? "";
  const input = /^text\/(csv|plain)\b/i.test(type)
    ? { csv: await readTextBody(request), ...(query.mode && { mode: query.mode }), ...(query.dryRun && { dryRun: ["true", "1"].includes(query.dryRun) }) }
    : await body();
  const report = await importClaimsCsv(actor, params.id, input);
  return json(report, report.dryRun ? 200 : 201);
});
