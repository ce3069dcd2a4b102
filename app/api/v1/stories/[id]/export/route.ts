import { env } from "@/config/env";
import { exportStory } from "@/domain/exchange/export-story";
import { authedRoute } from "@/server/http/route";

export const GET = authedRoute<{ id: string }>(async ({ actor, params, query }) => {
  const file = await exportStory(actor, params.id, query, env().baseUrl);
  return new Response(file.body, {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.fileName}"`,
      "cache-control": "no-store",
    },
  });
});
