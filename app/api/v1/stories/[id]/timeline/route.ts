import { getStoryTimeline } from "@/domain/timeline/service";
import { json } from "@/server/http/respond";
import { authedRoute } from "@/server/http/route";

/** Per proposition: the first report and each article's treatment over time; the articles' arrivals and revisions. */
export const GET = authedRoute<{ id: string }>(async ({ actor, params }) => json(await getStoryTimeline(actor, params.id)));
